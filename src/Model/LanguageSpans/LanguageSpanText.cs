using System.Text;

namespace KhaSite.Model.LanguageSpans;

/// <summary>A run of a one-line text: plain (no <see cref="Span"/>) or the text of a span <c>[text]{lang=kk}</c>.</summary>
/// <param name="Start">where the run's text begins in the text as written (inside the span's '[')</param>
public sealed record LanguageSpanPart(string Text, int Start, LanguageSpanParser.SpanRead? Span)
{
    /// <summary>The span's language when it is a valid tag (the check reports the rest).</summary>
    public string? Lang => Span?.Lang is { } lang && Safety.LanguageTag.IsValid(lang) ? lang : null;
}

/// <summary>
/// Language spans in the texts of YAML data and front matter (timeline titles, glossary definitions, summaries,
/// infobox values, source notes), read by the parser of the Markdown spans: <see cref="Parts"/> for HTML, where a
/// span keeps its language, and <see cref="Plain"/> for every other output (feeds, JSON, CSV, search, meta).
/// </summary>
public static class LanguageSpanText
{
    public static IReadOnlyList<LanguageSpanPart> Parts(string text)
    {
        var parts = new List<LanguageSpanPart>();
        var at = 0;
        for (var open = text.IndexOf('[', StringComparison.Ordinal); open >= 0 && open < text.Length; open = text.IndexOf('[', open + 1))
        {
            if (LanguageSpanParser.Read(text, open, text.Length - 1) is not { } span) continue;
            if (open > at) parts.Add(new LanguageSpanPart(text[at..open], at, null));
            parts.Add(new LanguageSpanPart(span.Text, open + 1, span));
            at = span.End + 1;
            open = span.End;
            if (open + 1 >= text.Length) break;
        }
        if (at < text.Length) parts.Add(new LanguageSpanPart(text[at..], at, null));
        return parts;
    }

    /// <summary>The text with each span's brackets and braces taken away.</summary>
    public static string Plain(string text)
    {
        if (!text.Contains("]{", StringComparison.Ordinal)) return text;
        var plain = new StringBuilder(text.Length);
        foreach (var part in Parts(text)) plain.Append(part.Text);
        return plain.ToString();
    }
}
