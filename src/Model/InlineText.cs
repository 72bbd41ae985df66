using System.Text;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model;

/// <summary>The plain text of inline Markdown (for headings in tables of contents, titles of links).</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal: text.Append(literal.Content.ToString()); break;
            case CodeInline code: text.Append(code.Content); break;
            case LineBreakInline: text.Append(' '); break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }
}
