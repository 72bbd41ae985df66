using System.Text;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model;

/// <summary>The plain text of inline Markdown (for headings in tables of contents, titles of links).</summary>
public static class InlineText
{
    /// <param name="figure">the text of a figure reference <c>[#id]</c> (Render's number format); left out when null</param>
    public static string Of(ContainerInline? container, Func<Facts.FactInline, string>? figure = null)
    {
        if (container is null) return "";
        var text = new StringBuilder();
        Append(container, text, figure);
        return text.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder text, Func<Facts.FactInline, string>? figure)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.ToString()); break;
            case Facts.FactInline fact when figure is not null: text.Append(figure(fact)); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text, figure);
                break;
        }
    }
}
