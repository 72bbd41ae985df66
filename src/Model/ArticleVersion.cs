using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model.Citations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model;

/// <summary>
/// One language of an article: its headings, links and citations, and where it is published. A large site's parsed
/// Markdown is not kept (at 100,000 pages every tree held at once was 3.5 GB): <see cref="Document"/> parses the body
/// again and puts back what the Model stage resolved in it (article links' URLs, citation numbers). A small site keeps
/// the Model stage's trees (<see cref="ModelBuilder.TreeBudget"/>).
/// </summary>
public sealed class ArticleVersion
{
    /// <summary>A version whose body is parsed later (<see cref="Hold(BoundedMarkdown.Parsed)"/>: the Model stage).</summary>
    public ArticleVersion(Article article, ArticleFile file)
    {
        Article = article;
        File = file;
    }

    /// <summary>A version holding <paramref name="document"/> as its tree until <see cref="Release"/>.</summary>
    public ArticleVersion(Article article, ArticleFile file, MarkdownDocument document) : this(article, file) => _held = document;

    public Article Article { get; }

    public ArticleFile File { get; }

    public string Lang => File.Lang;

    public string Title => title ??= File.FrontMatter.Title is { } written ? Typography.For(Lang).Apply(written.Value) : Article.Slug;

    public string Summary => summary ??= Typography.For(Lang).Apply(File.FrontMatter.Summary?.Value ?? "");

    private string? title, summary;

    public string? Category => File.FrontMatter.Category?.Value;

    /// <summary>The front matter's tags (kept: every tag's page and count asks every version for them).</summary>
    public IReadOnlyList<string> Tags => tags ??= File.FrontMatter.Tags.Select(t => t.Value).ToArray();

    private string[]? tags;

    /// <summary>The front matter's <c>weight</c>: the article's place in its section's list (null: by title, after the weighted).</summary>
    public double? Weight => File.FrontMatter.Weight;

    public IReadOnlyList<string> Aliases => File.FrontMatter.Aliases.Select(a => a.Value).ToArray();

    /// <summary>
    /// The parsed body: the held tree, or else a new parse with the Model stage's resolutions put back. Each tree
    /// read without a hold is the caller's own (nodes of two reads differ): a walk that looks a node up in another
    /// walk's result takes the tree once.
    /// </summary>
    public MarkdownDocument Document => _held ?? (_kept ? ParseAndKeep() : Parse());

    private MarkdownDocument? _held;

    /// <summary>The body's text: the held one during a <see cref="Hold()"/>, else read again (<see cref="ArticleBody"/>).</summary>
    public string Body => _heldBody ?? File.Body.Read();

    private string? _heldBody;

    /// <summary>Where the body is nested deeper than KhaSite reads (then <see cref="Document"/> is empty).</summary>
    public SourceLocation? TooDeep { get; set; }

    /// <summary>True when the body has more headings than KhaSite reads (then <see cref="Document"/> is empty).</summary>
    public bool TooManyHeadings { get; set; }

    /// <summary>Holds a parse of the body until <see cref="Release"/>: a stage reading the tree many times (the checks) parses once.</summary>
    public HeldDocument Hold()
    {
        if (_kept) ParseAndKeep();
        else
        {
            _heldBody ??= File.Body.Read();
            _held ??= Parse();
        }
        return new HeldDocument(this);
    }

    /// <summary>Keeps the body's first parse, whenever a later stage makes it, to the end of the build: a small site's
    /// body whose facts came from the last build (<see cref="ModelBuilder.TreeBudget"/>), so that a build that renders
    /// a few pages parses a few bodies, and one that renders all parses each once.</summary>
    public void KeepFirstParse() => _kept = true;

    private readonly Lock _firstParse = new();

    private MarkdownDocument ParseAndKeep()
    {
        // Pages are rendered in parallel: two of them reading this body at once share one parse.
        lock (_firstParse)
        {
            if (_held is null)
            {
                _heldBody = File.Body.Read();
                _held = Parse();
            }
            return _held;
        }
    }

    /// <summary>Holds the Model stage's parse (with where it stopped) until <see cref="Release"/>, or for good.</summary>
    /// <param name="keep">hold it to the end of the build: <see cref="Release"/> keeps it (a small site, <see cref="ModelBuilder.TreeBudget"/>)</param>
    public void Hold(BoundedMarkdown.Parsed parsed, bool keep = false)
    {
        _heldBody = parsed.Body;
        _held = parsed.Document;
        _kept = keep;
        TooDeep = parsed.TooDeep;
        TooManyHeadings = parsed.TooManyHeadings;
    }

    /// <summary>Lets the held tree and text go, unless they are kept for good: later reads of <see cref="Document"/> parse again.</summary>
    public void Release()
    {
        if (!_kept) (_held, _heldBody) = (null, null);
    }

    private bool _kept;

    /// <summary>Ends a <see cref="Hold()"/>.</summary>
    public readonly struct HeldDocument(ArticleVersion version) : IDisposable
    {
        public void Dispose() => version.Release();
    }

    /// <summary>Article links' URLs as the Model stage rewrote them, by the link's place in the body.</summary>
    private readonly Dictionary<int, string> _rewrittenUrls = [];

    /// <summary>Each citation's numbers, by the citation's place in the body.</summary>
    private readonly Dictionary<int, List<CitationMark>> _marks = [];

    /// <summary>Points the article link at <paramref name="spanStart"/> at <paramref name="url"/>, in every later parse (and a held tree: <see cref="PutBack"/>).</summary>
    public void Rewrite(int spanStart, string url) => _rewrittenUrls[spanStart] = url;

    /// <summary>Records a citation of the body; the list returned takes the numbers the Model stage gives it, for every later parse.</summary>
    public List<CitationMark> Numbered(CitationFact citation)
    {
        Citations.Add(citation.Parsed);
        var marks = new List<CitationMark>();
        _marks[citation.SpanStart] = marks;
        return marks;
    }

    /// <summary>Takes what the body's parse says of the version itself: where parsing stopped, its headings and raw HTML.</summary>
    public void Take(BodyFacts facts)
    {
        TooDeep = facts.TooDeep;
        TooManyHeadings = facts.TooManyHeadings;
        Headings.AddRange(facts.Headings);
        RawHtml.AddRange(facts.RawHtml);
    }

    /// <summary>Puts the Model stage's resolutions into the held tree, which was parsed before they were made.</summary>
    public void PutBack()
    {
        if (_held is not null) PutBack(_held);
    }

    private MarkdownDocument Parse() => PutBack(BoundedMarkdown.Parse(File, Body).Document);

    private MarkdownDocument PutBack(MarkdownDocument document)
    {
        if (_rewrittenUrls.Count == 0 && _marks.Count == 0) return document;
        foreach (var node in document.Descendants())
        {
            if (node is LinkInline link && _rewrittenUrls.TryGetValue(link.Span.Start, out var url)) link.Url = url;
            else if (node is CitationInline citation && _marks.TryGetValue(citation.Span.Start, out var marks)) citation.Marks.AddRange(marks);
        }
        return document;
    }

    public string Path => _path ??= SitePaths.Article(Lang, Article.Section, Article.Slug);

    private string? _path;

    public List<Heading> Headings { get; } = [];

    public List<ArticleLink> Links { get; } = [];

    /// <summary>Links from other articles to this one ("what links here").</summary>
    public List<ArticleLink> IncomingLinks { get; } = [];

    public List<RawHtml> RawHtml { get; } = [];

    /// <summary>The body's citations as written, in order (<see cref="Numbered"/>).</summary>
    public List<ParsedCitation> Citations { get; } = [];

    /// <summary>The page's citation numbering: inline citations and those of embedded events and charts.</summary>
    public CitationNumbering? Numbering { get; set; }

    /// <summary>The body's embeds, by the block's place in the body (<see cref="EmbedOf"/>).</summary>
    public Dictionary<int, Embed> Embeds { get; } = [];

    public Embed? EmbedOf(FencedCodeBlock block) => Embeds.GetValueOrDefault(block.Span.Start);

    public List<EmbedProblem> EmbedProblems { get; } = [];

    /// <summary>The body's images (each a paragraph of its own), resolved to files of <c>input/</c>, by the image's place in the body (<see cref="ImageOf"/>).</summary>
    public Dictionary<int, ArticleImage> Images { get; } = [];

    public ArticleImage? ImageOf(LinkInline image) => Images.GetValueOrDefault(image.Span.Start);

    /// <summary>The first of <see cref="Images"/> in the body's order (the page preview's image), known without the tree:
    /// the one that starts first in the body.</summary>
    public ArticleImage? FirstImage => Images.Count == 0 ? null : Images[Images.Keys.Min()];

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
