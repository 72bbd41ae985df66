using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KhaSite.Model;
using KhaSite.Render.Search;

namespace KhaSite.Render.Previews;

/// <summary>Links each glossary term on its first use in an article body, unless its front matter says <c>glossary_links: false</c>.</summary>
public static class GlossaryLinks
{
    /// <summary>One matcher per model and language: built once, used by every article of that language.</summary>
    private static readonly ConditionalWeakTable<SiteModel, ConcurrentDictionary<string, GlossaryTermMatcher>> Matchers = new();

    /// <summary>The renderer that writes the article's text with its terms linked; null when nothing is linked.</summary>
    /// <param name="document">the version's tree that is being rendered (the matcher's finds are its nodes)</param>
    public static GlossaryLinkRenderer? Renderer(ArticleVersion version, Markdig.Syntax.MarkdownDocument document, SiteModel model, BodyWriter body)
    {
        if (!version.File.FrontMatter.GlossaryLinks || model.Glossary.Terms.Count == 0) return null;
        var uses = Matcher(model, version.Lang).FirstUses(document);
        if (uses.Count == 0) return null;
        return new GlossaryLinkRenderer(body, uses, id => SitePaths.Relative(version.Path, SitePaths.GlossaryTerm(version.Lang, id)));
    }

    public static GlossaryTermMatcher Matcher(SiteModel model, string lang) =>
        Matchers.GetOrCreateValue(model).GetOrAdd(lang, l => new GlossaryTermMatcher(
            model.Glossary.Terms.Select(t => (t.Id, t.Record.Forms(l))),
            // A script edition's words are stemmed by its source language's rules, as its search index is.
            SearchRules.Default.For(model.Language(l).From ?? l)));
}
