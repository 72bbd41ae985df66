using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model.Citations;
using Markdig.Syntax;
using ArticleIndex = System.Collections.Generic.Dictionary<string, KhaSite.Model.Article>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace KhaSite.Model;

/// <summary>
/// The Model stage: reads what it needs of every article's Markdown (<see cref="BodyFacts"/>: from a parse, or for an
/// unchanged body from the last build's <see cref="BodyFactsCache"/>), places articles in sections, resolves links and
/// rewrites them to the target page's URL. Problems are recorded in the model for the Check stage.
/// </summary>
public static class ModelBuilder
{
    /// <summary>
    /// Up to this many bytes of article files (<see cref="ArticleBody.Size"/>), every parsed body and its text are kept
    /// for the whole build: reading and parsing again in Check, Render and the feeds cost a small site more than the
    /// trees take (about 7 bytes of tree a byte of body; the real site has 1.1 MB with its Latin edition, 2,000
    /// generated pages 17 MB). Beyond it each read reads the file and parses again.
    /// </summary>
    public const long TreeBudget = 32_000_000;

    /// <param name="cancel">stops the parsing early (a build the preview no longer needs)</param>
    /// <param name="treeBudget">keep the parsed bodies when their files total at most this many bytes (<see cref="TreeBudget"/>)</param>
    /// <param name="cache">the bodies' facts of the last build: an unchanged body is not parsed here
    /// (<see cref="BodyFactsCache"/>; on a small site, the first stage that reads it parses it and keeps the tree); it
    /// is given this build's facts, to save</param>
    public static SiteModel Build(LoadedInput input, CancellationToken cancel = default, long treeBudget = TreeBudget, BodyFactsCache? cache = null)
    {
        var model = new SiteModel(input);
        DataModelBuilder.BuildData(model);
        model.Diagrams = Diagrams.Build(input, model.Timeline);
        var sections = input.Config.Sections.ToDictionary(s => s.Id, s => new Section(s, model.Order));
        model.Sections.AddRange(input.Config.Sections.Select(s => sections[s.Id]));

        for (var i = 0; i < input.Articles.Count; i++)
        {
            var file = input.Articles[i];
            if (!sections.TryGetValue(file.Section, out var section))
            {
                model.Unplaced.Add(file);
                continue;
            }
            if (!model.Articles.TryGetValue(file.Key, out var article))
            {
                article = new Article(file.Section, file.Slug);
                model.Articles.Add(file.Key, article);
                section.Articles.Add(article);
            }
            article.Versions[file.Lang] = new ArticleVersion(article, file);
        }

        var versions = model.AllVersions.ToArray();
        var index = Index(model);
        // Each body is parsed, read and let go in one go: holding every tree until the last was read took 35 KB a page.
        var keep = versions.Sum(v => v.File.Body.Size) <= treeBudget;
        var embeds = new EmbedBlocks();
        Parallel.ForEach(versions, new ParallelOptions { CancellationToken = cancel }, version =>
        {
            var facts = cache?.Find(version.File);
            if (facts is null)
            {
                var parsed = BoundedMarkdown.Parse(version.File);
                facts = BodyFacts.Of(parsed, version.File);
                if (keep) version.Hold(parsed, keep: true);
                cache?.Remember(version.File, facts);
            }
            else if (keep) version.KeepFirstParse();
            Resolve(version, facts, model, embeds, index);
            version.PutBack();
        });
        // Every version's headings are known now, not while the links were resolved in parallel; each version changes
        // only its own links.
        Parallel.ForEach(versions, new ParallelOptions { CancellationToken = cancel }, version =>
        {
            for (var i = 0; i < version.Links.Count; i++)
                version.Links[i] = WithAnchorChecked(version.Links[i]);
        });
        // What a page records on other pages, page after page in a fixed order: the same input gives the same output.
        foreach (var version in versions)
        {
            foreach (var link in version.Links)
                if (link.Target is { } target && target != version) target.IncomingLinks.Add(link);
            version.Numbering!.RecordUses();
            if (version.DescribesSource) AttachToSource(version, model);
        }
        DataModelBuilder.NumberDataPages(model);
        return model;
    }

    /// <summary>
    /// The preview's quick path: parses one changed article and puts it in place of its old version in a built model,
    /// with its links and citations resolved. Other pages' back-links and cited-by lists, which this version would
    /// change, are left alone: the full build that follows rebuilds them. Null when the article is not in the model
    /// in that language, or describes a source (its page is the source's page).
    /// </summary>
    public static ArticleVersion? Replace(SiteModel model, ArticleFile file)
    {
        if (model.Articles.GetValueOrDefault(file.Key)?.Versions.GetValueOrDefault(file.Lang) is not { DescribesSource: false } old) return null;
        var version = new ArticleVersion(old.Article, file);
        version.IncomingLinks.AddRange(old.IncomingLinks);
        Resolve(version, BodyFacts.Of(BoundedMarkdown.Parse(file), file), model, new EmbedBlocks(), Index(model));
        for (var i = 0; i < version.Links.Count; i++)
            version.Links[i] = WithAnchorChecked(version.Links[i]);
        old.Article.Versions[file.Lang] = version;
        model.SectionOf(old.Article).Reorder();
        return version;
    }

    private static void AttachToSource(ArticleVersion version, SiteModel model)
    {
        var source = model.Bibliography.Find(version.Article.Slug)
            ?? model.Bibliography.Entries.Values.FirstOrDefault(e => e.Slug == version.Article.Slug);
        if (source is not null) source.Descriptions[version.Lang] = version;
        else model.UnmatchedSourceArticles.Add(version);
    }

    /// <summary>Resolves the body's facts against the rest of the site: links, images, citations and embeds; touches
    /// nothing outside the version (its targets' "what links here" and its sources' "cited by" are recorded after).</summary>
    private static void Resolve(ArticleVersion version, BodyFacts facts, SiteModel model, EmbedBlocks embeds, ArticleIndex index)
    {
        version.Take(facts);
        foreach (var link in facts.Links)
        {
            var resolved = Record(version, link.Url, link.Location, model, index, inSeeAlso: false);
            if (resolved.Target is not null)
                version.Rewrite(link.SpanStart, resolved.Anchor is null ? SitePaths.Relative(version.Path, resolved.Target.Path)
                    : SitePaths.WithAnchor(SitePaths.Relative(version.Path, resolved.Target.Path), resolved.Anchor));
        }
        foreach (var seeAlso in version.File.FrontMatter.SeeAlso)
            Record(version, seeAlso.Value, seeAlso.Location, model, index, inSeeAlso: true);
        ImageResolver.Resolve(version, facts.Images, model.Input.InputDir);
        CitationResolver.Resolve(version, facts.Cited, model, embeds);
    }

    private static ArticleLink Record(ArticleVersion from, string url, SourceLocation location, SiteModel model, ArticleIndex index, bool inSeeAlso)
    {
        var target = LinkResolver.Resolve(from.Article.Section, url);
        // A script edition's links lead to its own pages: kk-latn's copy of "../law/x.kk.md" is the kk-latn page.
        if (target is not null && model.Language(from.Lang).From == target.Lang) target = target with { Lang = from.Lang };
        var version = target is null ? null
            : Find(index, target.Section, target.Slug)?.Versions.GetValueOrDefault(target.Lang);
        // Whether the anchor names a heading is known once every version's headings are: WithAnchorChecked.
        var link = new ArticleLink(from, url, location, target?.Lang, version, target?.Anchor, AnchorFound: true, inSeeAlso);
        from.Links.Add(link);
        return link;
    }

    /// <summary>The articles by key for the links' look-ups: a hash table, where the model's sorted dictionary walks a
    /// tree of string comparisons (75,000 links at 10,000 pages).</summary>
    private static ArticleIndex Index(SiteModel model) =>
        new Dictionary<string, Article>(model.Articles, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The article whose key is <c>section/slug</c>, without making that key.</summary>
    private static Article? Find(ArticleIndex index, string section, string slug)
    {
        var length = section.Length + 1 + slug.Length;
        Span<char> key = length <= 256 ? stackalloc char[length] : new char[length];
        section.CopyTo(key);
        key[section.Length] = '/';
        slug.CopyTo(key[(section.Length + 1)..]);
        return index.TryGetValue(key, out var article) ? article : null;
    }

    private static ArticleLink WithAnchorChecked(ArticleLink link) =>
        link is { Anchor: { } anchor, Target: { } target } ? link with { AnchorFound = target.Headings.Any(h => h.Id == anchor) } : link;

    /// <summary>Markdig counts lines and columns from 0 within the body; files count from 1 and the body follows the front matter.</summary>
    public static SourceLocation At(ArticleVersion version, MarkdownObject node) =>
        new(version.File.DisplayPath, version.File.BodyFirstLine + node.Line, node.Column + 1);
}
