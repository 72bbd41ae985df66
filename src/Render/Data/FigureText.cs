using KhaSite.Model;
using KhaSite.Model.Facts;

namespace KhaSite.Render.Data;

/// <summary>Figure references in plain-text fields (an infobox value): each <c>[#id]</c> becomes its number, as in prose.</summary>
public static class FigureText
{
    public static string Substitute(string text, SiteModel model, string lang) =>
        !text.Contains("[#", StringComparison.Ordinal) ? text : FigureReference.InText().Replace(text, m =>
            Figures.Find(model, m.Groups[1].Value) is { } figure
                ? NumberText.Format(figure.Value, figure.Unit, model.Language(lang), model.Strings(lang), decimals: figure.Decimals)
                : m.Value);
}
