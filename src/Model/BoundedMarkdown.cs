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
/// So is a body with more than <see cref="MaxHeadings"/> headings: Markdig gives each repeated heading text its id by
/// trying -1, -2 … in turn, which takes time growing with the square of the count (10,000 headings: minutes).
/// </summary>
public static class BoundedMarkdown
{
    /// <summary>The deepest nesting of blocks and inlines read (the real articles need 6).</summary>
    public const int MaxDepth = 48;

    /// <summary>The most headings read in one article (the longest real article has 12).</summary>
    public const int MaxHeadings = 1000;

    /// <param name="Body">the text parsed</param>
    public sealed record Parsed(MarkdownDocument Document, SourceLocation? TooDeep, bool TooManyHeadings = false, string Body = "");

    /// <summary>Reads the article's body and parses it.</summary>
    public static Parsed Parse(ArticleFile file) => Parse(file, file.Body.Read());

    /// <summary>Parses <paramref name="body"/>, the text of <paramref name="file"/>'s body.</summary>
    public static Parsed Parse(ArticleFile file, string body)
    {
        if (PossibleHeadings(body) > MaxHeadings) return new Parsed(new MarkdownDocument(), null, TooManyHeadings: true, body);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, MarkdownPipelineFactory.Shared);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Markdig's depth limit: it does not say where, so the body's first line is named.
            return new Parsed(new MarkdownDocument(), new SourceLocation(file.DisplayPath, file.BodyFirstLine, 1), Body: body);
        }
        if (DeepestBeyondLimit(document) is { } deep)
            return new Parsed(new MarkdownDocument(), new SourceLocation(file.DisplayPath, file.BodyFirstLine + deep.Line, deep.Column + 1), Body: body);
        TypesetMarkdown.Apply(document, file.Lang);
        return new Parsed(document, null, Body: body);
    }

    /// <summary>
    /// An upper bound of the headings in the text, counted before parsing: lines that start with up to three spaces and
    /// a '#', and lines of only '=' or '-' (setext underlines, also thematic breaks).
    /// </summary>
    private static int PossibleHeadings(string body)
    {
        var count = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body.AsSpan(range).TrimEnd();
            var text = line.TrimStart(' ');
            if (line.Length - text.Length > 3 || text.IsEmpty) continue;
            if (text[0] == '#' || text.Trim('=').IsEmpty || text.Trim('-').IsEmpty) count++;
        }
        return count;
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
