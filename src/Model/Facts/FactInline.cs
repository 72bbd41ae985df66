using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model.Facts;

/// <summary>A figure in prose, <c>[#id]</c>: rendered from <c>input/data/</c> in the page language's number format.</summary>
public sealed class FactInline : LeafInline
{
    public required string Reference { get; init; }
}

/// <summary>Recognises <c>[#id]</c> and <c>[#dataset:row]</c> (ids of the id grammar) before Markdig tries them as links.</summary>
public sealed class FactInlineParser : InlineParser
{
    public FactInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '#') return false;
        var close = start + 2;
        while (close <= slice.End && IsReferenceChar(text[close])) close++;
        if (close > slice.End || text[close] != ']' || close == start + 2) return false;
        // "[#x](url)" and "[#x][ref]" are links.
        if (close + 1 <= slice.End && text[close + 1] is '(' or '[') return false;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new FactInline
        {
            Reference = text.Substring(start + 2, close - start - 2),
            Line = line,
            Column = column,
            Span = new SourceSpan(position, position + close - start),
        };
        slice.Start = close + 1;
        return true;
    }

    private static bool IsReferenceChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or ':' or '@';
}

/// <summary>Adds figure references to the Markdig pipeline (parsing only; the Render stage writes the number).</summary>
public sealed class FactExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<FactInlineParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new FactInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
