using KhaSite.Diagnostics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace KhaSite.Model.Citations;

/// <summary>Recognises <c>[@…]</c> on one line as a citation before Markdig tries it as a link.</summary>
public sealed class CitationInlineParser : InlineParser
{
    public CitationInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var i = start + 1;
        while (i <= slice.End && text[i] == ' ') i++;
        if (i > slice.End || text[i] != '@') return false;
        var close = i;
        while (close <= slice.End && text[close] != ']' && text[close] != '\n' && text[close] != '[') close++;
        if (close > slice.End || text[close] != ']') return false;
        // "[@key](url)" is a link whose text starts with '@', not a citation.
        if (close + 1 <= slice.End && text[close + 1] == '(') return false;

        var position = processor.GetSourcePosition(start, out var line, out var column);
        var inner = text.Substring(start + 1, close - start - 1);
        var inline = new CitationInline
        {
            // Columns are filled in per file by the Model (which knows where the body starts); here they are body-relative.
            Parsed = CitationParser.Parse(inner, new SourceLocation("", line, column + 2)),
            Raw = text.Substring(start, close - start + 1),
            Line = line,
            Column = column,
            Span = new SourceSpan(position, position + close - start),
        };
        processor.Inline = inline;
        slice.Start = close + 1;
        return true;
    }
}
