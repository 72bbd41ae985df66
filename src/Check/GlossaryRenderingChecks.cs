using System.Globalization;
using KhaSite.Diagnostics;
using KhaSite.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Check;

/// <summary>
/// A translation glosses a term of the original as "Friendship Houses (*Достық үйлері*)": the words before the
/// bracket must be one of the renderings the glossary lists for that term (its <c>term:</c> or <c>variants:</c> in
/// the translation's language), so one Kazakh term is not translated two ways.
/// </summary>
public sealed class GlossaryRenderingChecks : ISiteCheck
{
    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        var original = model.Config.DefaultLanguage;
        if (version.Lang == original || model.Input.Glossary.Count == 0) return;
        var culture = SiteModel.Culture(version.Lang);
        foreach (var prose in ProseText.Of(version))
        {
            foreach (var emphasis in EmphasesIn(version, prose))
            {
                var (gloss, index) = emphasis;
                var record = model.Input.Glossary.FirstOrDefault(g => g.Forms(original).Any(f => Same(f, gloss, culture)));
                if (record is null) continue;
                var before = prose.Text[..index].TrimEnd();
                if (!before.EndsWith('(')) continue;
                var words = before[..^1].TrimEnd().TrimEnd('"', '”', '»', '*', '\'');
                var renderings = record.Forms(version.Lang).ToArray();
                if (renderings.Length == 0 || renderings.Any(r => EndsWithRendering(words, r, culture))) continue;
                var at = prose.At(index) ?? ModelBuilder.At(version, version.Document);
                diagnostics.Report(DiagnosticCode.GlossaryRendering, at,
                    $"'{gloss}' is glossed as '{LastWords(words, renderings)}', which the glossary does not list; it lists " +
                    string.Join(" or ", renderings.Select(r => $"'{r}'")) + $" (input/data/glossary.yml, '{record.Id.Value}')");
            }
        }
    }

    /// <summary>The text of each emphasis in the run, with the position in the run where the emphasis starts.</summary>
    private static IEnumerable<(string Text, int Index)> EmphasesIn(ArticleVersion version, ProseText prose)
    {
        var found = new List<(string, int)>();
        var cursor = 0;
        foreach (var emphasis in FindEmphases(version, prose))
        {
            var text = InlineText.Of(emphasis);
            var index = prose.Text.IndexOf(text, cursor, StringComparison.Ordinal);
            if (index < 0) continue;
            found.Add((text, index));
            cursor = index + text.Length;
        }
        return found;
    }

    private static IEnumerable<EmphasisInline> FindEmphases(ArticleVersion version, ProseText prose) =>
        prose.Container.Descendants<EmphasisInline>().Where(e => e.Parent is not EmphasisInline);

    private static bool Same(string a, string b, CultureInfo culture) =>
        string.Equals(Normal(a).ToLower(culture), Normal(b).ToLower(culture), StringComparison.Ordinal);

    private static string Normal(string text) => text.Trim().Trim('«', '»', '"', '“', '”');

    /// <summary>The gloss ends with the rendering, in any case, or with its plural (-s, -es).</summary>
    private static bool EndsWithRendering(string words, string rendering, CultureInfo culture)
    {
        var lower = words.ToLower(culture);
        return new[] { rendering, rendering + "s", rendering + "es" }.Select(r => r.ToLower(culture)).Any(r =>
            lower.EndsWith(r, StringComparison.Ordinal) && (lower.Length == r.Length || !char.IsLetter(lower[lower.Length - r.Length - 1])));
    }

    /// <summary>As many of the gloss's last words as the longest rendering has, for the message.</summary>
    private static string LastWords(string words, string[] renderings)
    {
        var count = renderings.Max(r => r.Split(' ').Length);
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Skip(Math.Max(0, parts.Length - count)));
    }
}
