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
            diagnostics.Report(DiagnosticCode.UnknownTag, tag.Location, Unknown("tag", tag.Value, model.Tags.Keys, "tags.yml"));
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        var front = version.File.FrontMatter;
        Report(front.Tags, model, diagnostics);
        if (model.Categories.Count > 0 && front.Category is { } category && !model.Categories.ContainsKey(category.Value))
            diagnostics.Report(DiagnosticCode.UnknownCategory, category.Location, Unknown("category", category.Value, model.Categories.Keys, "categories.yml"));
    }

    private static string Unknown(string what, string value, IEnumerable<string> known, string file)
    {
        var suggestion = Suggest.Closest(value, known);
        return $"unknown {what} '{value}'" + (suggestion is null ? $" (declare it in input/data/{file})" : $"; did you mean '{suggestion}'?");
    }
}
