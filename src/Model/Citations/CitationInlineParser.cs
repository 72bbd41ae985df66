using KhaSite.Diagnostics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model.Citations;

/// <summary>
/// Recognises Pandoc citations before Markdig tries them as links: bracketed ones (<c>[see @a, p. 5; @b]</c>, across
/// lines too) and in-text ones (<c>@a</c>, <c>@a [p. 33]</c>). An '@' inside a word (an e-mail address) or escaped
/// (<c>\@</c>) is text. A bracket that opens a citation and never closes is reported, not left as text.
/// </summary>
public sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser() => OpeningCharacters = ['[', '@'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        slice.CurrentChar == '[' ? Bracketed(processor, ref slice) : InText(processor, ref slice);

    private static bool Bracketed(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var close = MatchingBracket(text, start, slice.End);
        if (close < 0)
        {
            if (!StartsLikeCitation(text, start + 1, slice.End) && !HasKey(text.Substring(start + 1, slice.End - start))) return false;
            Emit(processor, ref slice, start, start + 1, new ParsedCitation([],
                [new CitationProblem(Position(processor, start + 1), DiagnosticText.Of("bracket-unclosed"))]));
            return true;
        }
        // "[@key](url)" and "[text @key][ref]" are links, not citations.
        if (close + 1 <= slice.End && text[close + 1] is '(' or '[') return false;
        var inner = text.Substring(start + 1, close - start - 1);
        if (!HasKey(inner) && !StartsLikeCitation(text, start + 1, close - 1)) return false;
        var positions = Positions(processor, start + 1, close);
        Emit(processor, ref slice, start, close + 1, CitationParser.Parse(inner, o => positions[o]));
        return true;
    }

    private static bool InText(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        // "name@example.com" is an address, not a citation.
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '@' or '\\')) return false;
        // Inside a link's text ("[@a](url)") a citation would nest a link in a link: the text stays as written.
        for (Inline? outer = processor.Inline; outer is not null; outer = outer.Parent)
            if (outer is LinkDelimiterInline { IsActive: true }) return false;
        var limit = slice.End + 1;
        var key = CitationParser.ReadKey(text[..limit], start + 1, out var keyEnd, out var problem);
        if (key is null)
        {
            // A lone '@' ("at 5 @ 10 tenge") stays text; a braced key left open is a mistake worth saying.
            if (start + 1 >= limit || text[start + 1] != '{') return false;
            Emit(processor, ref slice, start, start + 1, new ParsedCitation([], [new CitationProblem(Position(processor, start), problem!)]) { InText = true });
            return true;
        }
        var item = new CitationItem(key, null, Position(processor, start));
        var end = keyEnd;
        var problems = new List<CitationProblem>();
        // "@a [p. 33]": a bracket after the key (one space between) holds the locator and suffix, unless it is a citation or link.
        var open = keyEnd;
        if (open < limit && text[open] == ' ') open++;
        if (open < limit && text[open] == '[')
        {
            var close = MatchingBracket(text, open, slice.End);
            if (close > 0 && !(close + 1 <= slice.End && text[close + 1] is '(' or '[') && !HasKey(text.Substring(open + 1, close - open - 1)))
            {
                var positions = Positions(processor, open + 1, close);
                var (locator, suffix, bad) = CitationParser.ReadAfterKey(text.Substring(open + 1, close - open - 1), o => positions[o]);
                if (bad is not null) problems.Add(bad);
                item = item with { Locator = locator, Suffix = suffix };
                end = close + 1;
            }
        }
        Emit(processor, ref slice, start, end, new ParsedCitation([item], problems) { InText = true });
        return true;
    }

    private static void Emit(InlineProcessor processor, ref StringSlice slice, int start, int end, ParsedCitation parsed)
    {
        var position = processor.GetSourcePosition(start, out var line, out var column);
        // "text [@a]": the marker sits on the word, and a heading's id is made without the space ("a-heading", not "a-heading-").
        if (!parsed.InText && processor.Inline is LiteralInline { Parent: not LinkDelimiterInline } before) before.Content.TrimEnd();
        processor.Inline = new CitationInline
        {
            // Lines are body-relative here; the Model adds where the body starts in its file.
            Parsed = parsed,
            Raw = slice.Text.Substring(start, end - start),
            Line = line,
            Column = column,
            Span = new SourceSpan(position, position + end - start - 1),
        };
        slice.Start = end;
    }

    /// <summary>The index of the ']' closing the '[' at <paramref name="open"/>, with nested brackets and escapes, or -1.</summary>
    private static int MatchingBracket(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i <= end; i++)
        {
            switch (text[i])
            {
                case '\\': i++; break;
                case '[': depth++; break;
                case ']' when --depth == 0: return i;
            }
        }
        return -1;
    }

    /// <summary>Does the bracket's text hold a key: an '@' at the start of an item or after a space or '-', followed by an id or '{'?</summary>
    private static bool HasKey(string inner)
    {
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\') { i++; continue; }
            if (inner[i] != '@' || i + 1 >= inner.Length) continue;
            var before = i == 0 ? ' ' : inner[i - 1];
            var after = inner[i + 1];
            if ((char.IsWhiteSpace(before) || before is '-' or ';') && (char.IsLetterOrDigit(after) || after is '_' or '{')) return true;
        }
        return false;
    }

    private static bool StartsLikeCitation(string text, int from, int end)
    {
        var i = from;
        while (i <= end && text[i] == ' ') i++;
        if (i <= end && text[i] == '-') i++;
        // "[@" is a citation even when what follows is no key ("[@]", "[@ smith]"): that is a mistake to report.
        return i <= end && text[i] == '@';
    }

    /// <summary>Where each character from <paramref name="from"/> to <paramref name="to"/> is (lines body-relative, columns 1-based).</summary>
    private static SourceLocation[] Positions(InlineProcessor processor, int from, int to)
    {
        // Asked in increasing order, as Markdig's line lookup expects; one entry past the end for "at the end" problems.
        var positions = new SourceLocation[to - from + 1];
        for (var i = 0; i < positions.Length; i++) positions[i] = Position(processor, from + i);
        return positions;
    }

    private static SourceLocation Position(InlineProcessor processor, int index)
    {
        processor.GetSourcePosition(index, out var line, out var column);
        return new SourceLocation("", line, column + 1);
    }
}
