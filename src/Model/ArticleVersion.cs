using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model.Citations;
using Markdig.Syntax;

namespace KhaSite.Model;

/// <summary>One language of an article: its parsed Markdown, headings and links, and where it is published.</summary>
public sealed class ArticleVersion(Article article, ArticleFile file, MarkdownDocument document)
{
    public Article Article { get; } = article;

    public ArticleFile File { get; } = file;

    public string Lang => File.Lang;

    public string Title => title ??= File.FrontMatter.Title is { } written ? Typography.For(Lang).Apply(written.Value) : Article.Slug;

    public string Summary => summary ??= Typography.For(Lang).Apply(File.FrontMatter.Summary?.Value ?? "");

    private string? title, summary;

    public string? Category => File.FrontMatter.Category?.Value;

    public IReadOnlyList<string> Tags => File.FrontMatter.Tags.Select(t => t.Value).ToArray();

    /// <summary>The front matter's <c>weight</c>: the article's place in its section's list (null: by title, after the weighted).</summary>
    public double? Weight => File.FrontMatter.Weight;

    public IReadOnlyList<string> Aliases => File.FrontMatter.Aliases.Select(a => a.Value).ToArray();

    public MarkdownDocument Document { get; } = document;

    /// <summary>Where the body is nested deeper than KhaSite reads (then <see cref="Document"/> is empty).</summary>
    public SourceLocation? TooDeep { get; init; }

    /// <summary>True when the body has more headings than KhaSite reads (then <see cref="Document"/> is empty).</summary>
    public bool TooManyHeadings { get; init; }

    public string Path => SitePaths.Article(Lang, Article.Section, Article.Slug);

    public List<Heading> Headings { get; } = [];

    public List<ArticleLink> Links { get; } = [];

    /// <summary>Links from other articles to this one ("what links here").</summary>
    public List<ArticleLink> IncomingLinks { get; } = [];

    public List<RawHtml> RawHtml { get; } = [];

    public List<CitationInline> Citations { get; } = [];

    /// <summary>The page's citation numbering: inline citations and those of embedded events and charts.</summary>
    public CitationNumbering? Numbering { get; set; }

    public Dictionary<FencedCodeBlock, Embed> Embeds { get; } = [];

    public List<EmbedProblem> EmbedProblems { get; } = [];

    /// <summary>The body's images (each a paragraph of its own), resolved to files of <c>input/</c>.</summary>
    public Dictionary<Markdig.Syntax.Inlines.LinkInline, ArticleImage> Images { get; } = [];

    /// <summary>Images that cannot be shown (no alt text, a missing or unsafe file), for the check to report.</summary>
    public List<EmbedProblem> ImageProblems { get; } = [];

    /// <summary>The reference list, in order of first citation.</summary>
    public IReadOnlyList<Reference> References => Numbering?.References ?? [];

    public List<CitationItem> UnknownCitations { get; } = [];

    public List<CitationProblem> CitationProblems { get; } = [];

    /// <summary>True for the articles of the <c>sources</c> section, which describe a source on its own page.</summary>
    public bool DescribesSource => Article.Section == SourceEntry.Section;

    /// <summary>The same article in another language, if written.</summary>
    public ArticleVersion? In(string lang) => Article.Versions.GetValueOrDefault(lang);
}
