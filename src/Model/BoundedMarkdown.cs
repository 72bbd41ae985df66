using KhaSite.Diagnostics;
using KhaSite.Load;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model;

/// <summary>
/// Parses an article body within bounds. Markdig throws on input nested deeper than its own limit, and every later
/// walk over the tree (link resolution, the HTML renderer) recurses once per level, so a body nested deeper than
/// <see cref="MaxDepth"/> is replaced by an empty document and its place recorded for the Check stage (KHA0020).
/// </summary>
public static class BoundedMarkdown
{
    /// <summary>The deepest nesting of blocks and inlines read (the real articles need 6).</summary>
    public const int MaxDepth = 48;

    public sealed record Parsed(MarkdownDocument Document, SourceLocation? TooDeep);

    public static Parsed Parse(ArticleFile file)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(file.Body, MarkdownPipelineFactory.Shared);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Markdig's depth limit: it does not say where, so the body's first line is named.
            return new Parsed(new MarkdownDocument(), new SourceLocation(file.DisplayPath, file.BodyFirstLine, 1));
        }
        return DeepestBeyondLimit(document) is { } deep
            ? new Parsed(new MarkdownDocument(), new SourceLocation(file.DisplayPath, file.BodyFirstLine + deep.Line, deep.Column + 1))
            : new Parsed(document, null);
    }

    /// <summary>The first node nested deeper than <see cref="MaxDepth"/>, found without recursion.</summary>
    private static MarkdownObject? DeepestBeyondLimit(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxDepth) return node;
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }
}
