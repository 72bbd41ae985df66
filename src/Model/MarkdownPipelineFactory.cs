using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using KhaSite.Model.Citations;

namespace KhaSite.Model;

/// <summary>
/// The one Markdig pipeline of the site, built once and shared by every page (it is thread-safe).
/// Markdig's list extras are left out on purpose: they read a paragraph that opens with a Latin initial
/// ("E. A. Abdraimov …", "p. 5") as a lettered list; lists are numbered or bulleted, as in CommonMark.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseFigures()
        .UseFootnotes()
        .UsePreciseSourceLocation()
        .Use<LanguageSpans.LanguageSpanExtension>()
        .Use<CitationExtension>()
        .Use<Facts.FactExtension>()
        .Build();
}
