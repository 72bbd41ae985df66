using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using KhaSite.Model.Citations;

namespace KhaSite.Model;

/// <summary>The one Markdig pipeline of the site, built once and shared by every page (it is thread-safe).</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .Use<PandocListExtras>()
        .UseFigures()
        .UseFootnotes()
        .UsePreciseSourceLocation()
        .Use<CitationExtension>()
        .Build();
}
