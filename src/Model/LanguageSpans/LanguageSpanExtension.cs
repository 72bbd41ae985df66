using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace KhaSite.Model.LanguageSpans;

/// <summary>Adds language spans to the Markdig pipeline: read before links and citations.</summary>
public sealed class LanguageSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<LanguageSpanParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new LanguageSpanParser());
    }

    // Render writes the spans (KhaSite.Render.LanguageSpanRenderer): the Model only reads them.
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
