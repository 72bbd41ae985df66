using System.Text.RegularExpressions;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Model.Citations;

namespace KhaSite.Render;

/// <summary>A run of a source's "About this source" note: plain text, or another source named and linked to its page.</summary>
public sealed record NotePart(string Text, string? Href = null, string? Lang = null);

/// <summary>
/// Splits a source note at the source keys it names (<c>abdugani2025</c>, <c>@kha-negizderi</c>), which a reader
/// should see as that source's author and year (or title) linking to its page, never as the raw key.
/// </summary>
public static partial class SourceNoteText
{
    [GeneratedRegex(@"(?<![\p{L}\p{N}@/._-])@?(?<key>[a-z0-9][a-z0-9_-]*[a-z0-9])(?![\p{L}\p{N}_-])", RegexOptions.CultureInvariant)]
    private static partial Regex KeyLike();

    public static IReadOnlyList<NotePart> Parts(string note, Bibliography bibliography, string fromPath, Language language)
    {
        var parts = new List<NotePart>();
        foreach (var run in Model.LanguageSpans.LanguageSpanText.Parts(note))
        {
            if (run.Span is not null) parts.Add(new NotePart(run.Text, Lang: run.Lang));
            else parts.AddRange(Keys(run.Text, bibliography, fromPath, language));
        }
        return parts;
    }

    /// <summary>A run of the note outside language spans, split at the source keys it names.</summary>
    private static List<NotePart> Keys(string note, Bibliography bibliography, string fromPath, Language language)
    {
        var parts = new List<NotePart>();
        var at = 0;
        foreach (Match match in KeyLike().Matches(note))
        {
            if (!bibliography.Entries.TryGetValue(match.Groups["key"].Value, out var source)) continue;
            if (match.Index > at) parts.Add(new NotePart(note[at..match.Index]));
            parts.Add(new NotePart(ShortName(source.Record, language), SitePaths.Relative(fromPath, source.Path(language.Code))));
            at = match.Index + match.Length;
        }
        if (at < note.Length) parts.Add(new NotePart(note[at..]));
        return parts;
    }

    /// <summary>As a reader names a source in running text: "Abdraimov et al. (2023)", "Abdugani (2025)", or an unsigned text's title.</summary>
    public static string ShortName(SourceRecord record, Language language)
    {
        var authors = language.Names(record, "author");
        var (and, etAl, open, close) = language.References == ReferenceStyle.Gost
            ? (Citations.ReferenceScript.Term(" мен ", language), Citations.ReferenceScript.Term(" т.б.", language), "«", "»") : (" and ", " et al.", "“", "”");
        var who = authors.Count switch
        {
            0 => null,
            1 => Name(authors[0]),
            2 => Name(authors[0]) + and + Name(authors[1]),
            _ => Name(authors[0]) + etAl,
        };
        if (who is null) return open + Citations.ReferenceFormatter.DisplayTitle(record, language) + close;
        return record.Year is { } year ? $"{who} ({year.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : who;
    }

    private static string Name(PersonName person) => person.Literal ?? person.Family;
}
