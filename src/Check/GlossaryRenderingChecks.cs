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
        var culture = model.Culture(version.Lang);
        var originalCulture = model.Culture(original);
        // Each form of the original language once, lower-cased: a gloss is then looked up, not compared term by term.
        var terms = new Dictionary<string, Load.GlossaryRecord>(StringComparer.Ordinal);
        foreach (var term in model.Input.Glossary)
            foreach (var form in term.Forms(original))
                terms.TryAdd(Normal(form).ToLower(originalCulture), term);
        foreach (var prose in ProseText.Of(version, withEmphasisOnly: true))
        {
            foreach (var emphasis in EmphasesIn(version, prose))
            {
                var (gloss, index) = emphasis;
                if (!terms.TryGetValue(Normal(gloss).ToLower(originalCulture), out var record)) continue;
                var before = prose.Text[..index].TrimEnd();
                if (!before.EndsWith('(')) continue;
                var words = before[..^1].TrimEnd().TrimEnd('"', '”', '»', '*', '\'');
                var renderings = record.Forms(version.Lang).ToArray();
                if (renderings.Length == 0 || renderings.Any(r => EndsWithRendering(words, r, culture))) continue;
                var at = prose.At(index) ?? ModelBuilder.At(version, version.Document);
                diagnostics.Report(DiagnosticCode.GlossaryRendering, at,
                    new { gloss, written = LastWords(words, renderings), renderings = new Alternatives([.. renderings.Select(r => $"'{r}'")]), id = record.Id.Value });
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

    private static string Normal(string text) => text.Trim().Trim('«', '»', '"', '“', '”');

    /// <summary>
    /// The gloss names the rendering, in any case or in its plural (-s, -es), among its last words: the term heads a noun
    /// phrase ("the concept of the Assembly for 2022–2026 (*тұжырымдама*)"), so a few words may follow it.
    /// </summary>
    private static bool EndsWithRendering(string words, string rendering, CultureInfo culture)
    {
        var tail = Tail(words, rendering.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + TrailingWords).ToLower(culture);
        var r = rendering.ToLower(culture);
        for (var at = tail.IndexOf(r, StringComparison.Ordinal); at >= 0; at = tail.IndexOf(r, at + 1, StringComparison.Ordinal))
        {
            var end = at + r.Length;
            var rest = tail[end..];
            var startsWord = at == 0 || !char.IsLetter(tail[at - 1]);
            var endsWord = rest.Length == 0 || !char.IsLetter(rest[0]) || rest.StartsWith("s", StringComparison.Ordinal) && (rest.Length == 1 || !char.IsLetter(rest[1]))
                || rest.StartsWith("es", StringComparison.Ordinal) && (rest.Length == 2 || !char.IsLetter(rest[2]));
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    private const int TrailingWords = 6;

    private static string Tail(string words, int count)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts.Skip(Math.Max(0, parts.Length - count)));
    }

    /// <summary>As many of the gloss's last words as the longest rendering has, for the message.</summary>
    private static string LastWords(string words, string[] renderings)
    {
        return Tail(words, renderings.Max(r => r.Split(' ').Length) + 2);
    }
}
