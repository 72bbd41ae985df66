using KhaSite.Load;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model;

/// <summary>
/// Typesets the prose of a parsed article body (<see cref="Typography"/>): the text of each paragraph, heading and
/// table cell, read in order so a quotation opened before emphasis or a link closes after it. Code, URLs, citations and
/// auto-identifiers (made while parsing) are left as written.
/// </summary>
public static class TypesetMarkdown
{
    public static void Apply(MarkdownDocument document, string lang)
    {
        var typography = Typography.For(lang);
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            var state = new Typography.State();
            Walk(leaf.Inline, typography, ref state);
        }
    }

    private static void Walk(ContainerInline container, Typography typography, ref Typography.State state)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal when !literal.Content.IsEmpty:
                    // Most literals need no change: they keep their slice of the source (no string per literal).
                    if (typography.Typeset(literal.Content.AsSpan(), ref state) is { } typeset) literal.Content = new StringSlice(typeset);
                    break;
                case CodeInline code when code.Content.Length > 0:
                    state.Saw(code.Content[^1]);
                    break;
                case LineBreakInline:
                    state.Saw(' ');
                    break;
                case LinkInline { IsAutoLink: true }:
                case AutolinkInline:
                    state.Saw('x');
                    break;
                case ContainerInline child:
                    Walk(child, typography, ref state);
                    break;
                case LeafInline:
                    state.Saw('x');
                    break;
            }
        }
    }
}
