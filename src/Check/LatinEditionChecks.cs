using System.Text.RegularExpressions;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Load.Script;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>
/// KHA0690: a word of the Kazakh text that the Latin edition writes by a rule that loses a letter: ъ and ь have no
/// Latin letter and are dropped (<c>съезд</c> → <c>sezd</c>, <c>фильм</c> → <c>film</c>), so only a person can say
/// whether the spelling is right. Reported once per word, where it is first written, until
/// <c>input/data/latin-exceptions.yml</c> lists it (or a word it begins with). Titles of Russian sources, which stay
/// in Cyrillic, are not reported.
/// </summary>
public sealed partial class LatinEditionChecks : ISiteCheck
{
    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        var sources = model.Languages.Select(model.Language).Where(l => l.From is not null).Select(l => l.From!).Distinct().ToArray();
        if (sources.Length == 0) return;
        var exceptions = model.Input.LatinExceptions.Select(e => e.Word.Value.ToLowerInvariant()).ToArray();
        var kept = ScriptEdition.RussianTitles(model.Input.Sources);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, at) in Texts(model, sources))
        {
            if (text.AsSpan().IndexOfAny("ъьЪЬ") < 0) continue;
            var keptRanges = kept.SelectMany(k => Occurrences(text, k).Select(i => (Start: i, End: i + k.Length))).ToArray();
            foreach (Match word in Word().Matches(text))
            {
                if (!word.Value.Any(c => c is 'ъ' or 'ь' or 'Ъ' or 'Ь')) continue;
                var lower = word.Value.ToLowerInvariant();
                if (exceptions.Any(e => lower.StartsWith(e, StringComparison.Ordinal))) continue;
                if (keptRanges.Any(r => word.Index >= r.Start && word.Index < r.End) || !reported.Add(lower)) continue;
                diagnostics.Report(DiagnosticCode.AmbiguousLatinWord, at(word.Index),
                    new { word = word.Value, latin = KazakhLatin.Plain.ToLatin(word.Value), letter = lower.Contains('ъ', StringComparison.Ordinal) ? "ъ" : "ь" });
            }
        }
    }

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            yield return i;
    }

    /// <summary>The converted texts of the source languages, each with where its characters stand, in a fixed order.</summary>
    private static IEnumerable<(string Text, Func<int, SourceLocation> At)> Texts(SiteModel model, string[] languages)
    {
        foreach (var version in model.AllVersions.Where(v => languages.Contains(v.Lang)).OrderBy(v => v.File.DisplayPath, StringComparer.Ordinal))
        {
            var file = version.File;
            foreach (var field in new[] { file.FrontMatter.Title, file.FrontMatter.Summary })
                if (field is { } text) yield return (text.Value, i => text.Source?.At(text.Value, i) ?? text.Location);
            var lines = file.Body.Read().Split('\n');
            for (var n = 0; n < lines.Length; n++)
            {
                var line = n;
                yield return (lines[n], i => new SourceLocation(file.DisplayPath, file.BodyFirstLine + line, TextColumn.Of(lines[line].AsSpan(0, i))));
            }
        }
        var input = model.Input;
        var texts = input.Config.Sections.SelectMany(s => new[] { s.Title, s.Description })
            .Concat(input.Timeline.SelectMany(t => new[] { t.Title, t.Text }))
            .Concat(input.Glossary.SelectMany(g => new[] { g.Term, g.Definition }))
            .Concat(input.Datasets.SelectMany(d => new[] { d.Title, d.Description, d.Discrepancy }.Concat(d.Rows.SelectMany(r => new[] { r.Label, r.Note }))))
            .Concat(input.Facts.Select(f => f.Label))
            .Concat(input.Tags.Concat(input.Categories).Select(t => t.Label));
        foreach (var localized in texts)
            foreach (var lang in languages)
                if (localized?.Located.GetValueOrDefault(lang) is { Value: not null } text)
                    yield return (text.Value, i => text.Source?.At(text.Value, i) ?? text.Location);
    }
}
