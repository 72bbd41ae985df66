using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>Tags and categories must be declared in <c>input/data/tags.yml</c> and <c>categories.yml</c>.</summary>
public sealed class TagChecks : ISiteCheck
{
    public static void Report(IEnumerable<Located<string>> tags, SiteModel model, DiagnosticBag diagnostics)
    {
        if (model.Tags.Count == 0) return;
        foreach (var tag in tags.Where(t => !model.Tags.ContainsKey(t.Value)))
            diagnostics.Report(DiagnosticCode.UnknownTag, tag.Location, Unknown("tag", tag.Value, model.Tags.Keys));
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        var front = version.File.FrontMatter;
        Report(front.Tags, model, diagnostics);
        if (model.Categories.Count > 0 && front.Category is { } category && !model.Categories.ContainsKey(category.Value))
            diagnostics.Report(DiagnosticCode.UnknownCategory, category.Location, Unknown("category", category.Value, model.Categories.Keys));
    }

    private static DiagnosticText Unknown(string placeholder, string value, IEnumerable<string> known) =>
        Suggest.Closest(value, known) is { } suggestion
            ? DiagnosticText.Of("suggest", new Dictionary<string, object> { [placeholder] = value, ["suggestion"] = suggestion })
            : DiagnosticText.Of("unknown", new Dictionary<string, object> { [placeholder] = value });
}
