using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace KhaSite.Model.Citations;

/// <summary>Adds Pandoc citations to the Markdig pipeline (parsing only; the Render stage draws them).</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
