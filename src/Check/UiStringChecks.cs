using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>The theme's interface strings must have the same keys in every language.</summary>
public sealed class UiStringChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        var all = model.Languages.SelectMany(l => model.Strings(l).Texts.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var lang in model.Languages)
        {
            var strings = model.Strings(lang);
            var file = DisplayPath.For(Path.Combine(model.Input.ThemeDir, "i18n", lang + ".yml"));
            foreach (var key in all.Where(k => !strings.Texts.ContainsKey(k)).Order(StringComparer.Ordinal))
                diagnostics.Report(DiagnosticCode.MissingUiString, SourceLocation.StartOf(file), $"the interface string '{key}' has no {lang} text");
        }
    }
}
