using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model.LanguageSpans;

/// <summary>
/// Reads <c>[text]{key=value …}</c> before Markdig tries the bracket as a link. The text is taken as written (no
/// markup inside; emphasis goes around the span). A bracket not followed at once by '{' is left to the other parsers.
/// The same reading serves the one-line texts of YAML data (<see cref="LanguageSpanText"/>).
/// </summary>
public sealed class LanguageSpanParser : InlineParser
{
    public LanguageSpanParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (Read(text, start, slice.End) is not { } read) return false;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        var span = new LanguageSpanInline
        {
            Lang = read.Lang, Dir = read.Dir, Refused = read.Refused, IsClosed = true,
            Line = line, Column = column,
            Span = new SourceSpan(position, position + read.End - start),
        };
        span.AppendChild(new LiteralInline(read.Text) { Line = line, Column = column + 1 });
        processor.Inline = span;
        slice.Start = read.End + 1;
        return true;
    }

    /// <summary>A span written at <paramref name="start"/> (its '[') and ending at or before <paramref name="last"/>.</summary>
    /// <returns>its text, attributes and the index of its closing '}'; null when no span starts there</returns>
    public static SpanRead? Read(string text, int start, int last)
    {
        var close = text.IndexOfAny(['[', ']', '\n'], start + 1);
        if (close < 0 || close > last || text[close] != ']' || close + 1 > last || text[close + 1] != '{') return null;
        var end = text.IndexOfAny(['}', '\n'], close + 2);
        if (end < 0 || end > last || text[end] != '}' || close == start + 1) return null;
        var (lang, dir, refused) = Attributes(text[(close + 2)..end]);
        return new SpanRead(text[(start + 1)..close], lang, dir, refused, end);
    }

    /// <summary>A span as read: its text, lang, dir, the attributes refused, and the index of its closing '}'.</summary>
    public sealed record SpanRead(string Text, string? Lang, string? Dir, IReadOnlyList<string> Refused, int End);

    /// <summary>The braces' <c>key=value</c> pairs (values may be quoted), split on spaces.</summary>
    private static (string? Lang, string? Dir, List<string> Refused) Attributes(string written)
    {
        string? lang = null, dir = null;
        var refused = new List<string>();
        foreach (var attribute in written.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = attribute.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? attribute : attribute[..equals];
            var value = equals < 0 ? null : attribute[(equals + 1)..].Trim('"', '\'', '“', '”', '‘', '’', '«', '»');
            switch (key)
            {
                case "lang" when value is not null && lang is null: lang = value; break;
                case "dir" when value is not null && dir is null: dir = value; break;
                default: refused.Add(attribute); break;
            }
        }
        return (lang, dir, refused);
    }
}
