using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace KhaSite.Render.Previews;

/// <summary>
/// Writes a body's text, handing each glossary term's first use (found by <see cref="GlossaryTermMatcher"/>) to the
/// theme as a link to the term's entry; every other literal as Markdig writes it. The parsed document is not changed.
/// </summary>
public sealed class GlossaryLinkRenderer(BodyWriter body, IReadOnlyDictionary<LiteralInline, IReadOnlyList<TermUse>> uses,
    Func<string, string> termHref) : HtmlObjectRenderer<LiteralInline>
{
    private readonly IMarkdownObjectRenderer _plain = new LiteralInlineRenderer();

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (!renderer.EnableHtmlEscape || !uses.TryGetValue(literal, out var found))
        {
            _plain.Write(renderer, literal);
            return;
        }
        var text = literal.Content.ToString();
        var at = 0;
        foreach (var use in found)
        {
            renderer.WriteEscape(text[at..use.Start]);
            body.Add(renderer, new BodyGlossaryTerm(new GlossaryTermView(termHref(use.TermId), text.Substring(use.Start, use.Length))));
            at = use.Start + use.Length;
        }
        renderer.WriteEscape(text[at..]);
    }
}
