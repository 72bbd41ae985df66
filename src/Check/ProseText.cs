using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Check;

/// <summary>
/// The running text of one paragraph, heading or table cell, as a reader reads it (link texts and emphasis included,
/// citations, figure references and code as a neutral mark), with a way back from a position in it to the source file.
/// </summary>
public sealed class ProseText
{
    private readonly List<(int Start, LiteralInline Literal)> _segments = [];
    private readonly ArticleVersion _version;
    private readonly Lazy<string[]> _lines;

    private ProseText(ArticleVersion version, ContainerInline container, Lazy<string[]> lines)
    {
        _version = version;
        _lines = lines;
        Container = container;
        var text = new StringBuilder();
        Append(container, text);
        Text = text.ToString();
    }

    public string Text { get; }

    public ContainerInline Container { get; }

    /// <summary>Every run of prose of an article: paragraphs (also in lists, quotes and tables) and headings.</summary>
    /// <param name="withEmphasisOnly">only the runs that hold an emphasis (a check that reads glosses)</param>
    public static IEnumerable<ProseText> Of(ArticleVersion version, bool withEmphasisOnly = false)
    {
        // The article's lines are split once, for all its runs (and only when a position is asked for).
        var lines = new Lazy<string[]>(() => version.Body.Split('\n'), LazyThreadSafetyMode.PublicationOnly);
        return version.Document.Descendants<LeafBlock>()
            .Where(b => b.Inline is not null && b is ParagraphBlock or HeadingBlock)
            .Where(b => !withEmphasisOnly || b.Inline!.Descendants<EmphasisInline>().Any())
            .Select(b => new ProseText(version, b.Inline!, lines));
    }

    /// <summary>Where a character of <see cref="Text"/> was written; null for a character no literal wrote.</summary>
    public SourceLocation? At(int index)
    {
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var (start, literal) = _segments[i];
            if (index < start) continue;
            var offset = index - start;
            if (offset >= literal.Content.Length) return null;
            var at = ModelBuilder.At(_version, literal);
            return at with { Column = Align(literal.Line, literal.Column + offset, index) + 1 };
        }
        return null;
    }

    /// <summary>
    /// Markdig places a table cell's text at the space before it: the column is moved to where the character really
    /// is on its line (at most a few characters on).
    /// </summary>
    private int Align(int line, int column, int index)
    {
        var lines = _lines.Value;
        if (line >= lines.Length) return column;
        var source = lines[line];
        for (var c = column; c < Math.Min(source.Length, column + 4); c++)
            if (source[c] == Text[index]) return c;
        return column;
    }

    private void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                _segments.Add((text.Length, literal));
                text.Append(literal.Content.ToString());
                break;
            case LineBreakInline: text.Append(' '); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
            case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
            // Citations, figure references, code and autolinks stand in the text as one neutral mark.
            default: text.Append('\u25aa'); break;
        }
    }
}
