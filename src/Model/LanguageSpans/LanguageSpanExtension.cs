using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KhaSite.Model.LanguageSpans;

/// <summary>Adds language spans to the Markdig pipeline: read before links and citations, written as <c>&lt;span lang&gt;</c>.</summary>
public sealed class LanguageSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<LanguageSpanParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new LanguageSpanParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<LanguageSpanRenderer>())
            html.ObjectRenderers.Insert(0, new LanguageSpanRenderer());
    }

    /// <summary>
    /// Writes the span with only a lang that is a language tag and a dir of ltr or rtl (the check reports the rest;
    /// this is the defence behind it), each value HTML-encoded.
    /// </summary>
    private sealed class LanguageSpanRenderer : HtmlObjectRenderer<LanguageSpanInline>
    {
        protected override void Write(HtmlRenderer renderer, LanguageSpanInline span)
        {
            renderer.Write("<span");
            if (span.Lang is { } lang && Safety.LanguageTag.IsValid(lang)) renderer.Write(" lang=\"").WriteEscape(lang).Write('"');
            if (span.Dir is "ltr" or "rtl") renderer.Write(" dir=\"").Write(span.Dir).Write('"');
            renderer.Write('>');
            renderer.WriteChildren(span);
            renderer.Write("</span>");
        }
    }
}
