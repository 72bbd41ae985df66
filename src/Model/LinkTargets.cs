using System.Collections.Concurrent;

namespace KhaSite.Model;

/// <summary>
/// The article links of one model, each resolved once per language, section and link as written: a link names its
/// target's file relative to the section's folder, so every article of a section that links to the same file writes
/// it alike. Resolving one (unescaping, splitting, looking the target up, its relative URL) cost the Model stage more
/// than the rest of the link. Valid for the model it was made with, once every version is in it.
/// </summary>
internal sealed class LinkTargets(SiteModel model)
{
    /// <summary>A link's target as <see cref="LinkResolver"/> and the model give it, with its URL from a page of the
    /// same language and section that is not the target itself (<see cref="Href"/>).</summary>
    public sealed record Resolved(string? TargetLang, ArticleVersion? Target, string? Anchor, string? OtherPageHref);

    private readonly ConcurrentDictionary<(string Lang, string Section, string Url), Resolved> _known = new();

    public Resolved Of(ArticleVersion from, string url) =>
        _known.GetOrAdd((from.Lang, from.Article.Section, url), static (key, model) => Resolve(key.Lang, key.Section, key.Url, model), model);

    /// <summary>The URL the link is rewritten to on <paramref name="from"/>'s page (null when it has no target).</summary>
    public static string? Href(ArticleVersion from, Resolved resolved) => resolved.Target is not { } target ? null
        : target == from ? HrefFrom(from.Path, target, resolved.Anchor) : resolved.OtherPageHref;

    private static Resolved Resolve(string lang, string section, string url, SiteModel model)
    {
        var target = LinkResolver.Resolve(section, url);
        // A script edition's links lead to its own pages: kk-latn's copy of "../law/x.kk.md" is the kk-latn page.
        if (target is not null && model.Language(lang).From == target.Lang) target = target with { Lang = lang };
        var version = target is null ? null
            : model.Articles.GetValueOrDefault($"{target.Section}/{target.Slug}")?.Versions.GetValueOrDefault(target.Lang);
        // Relative URLs between article pages depend on the pages' language and section only, unless they are one page:
        // any page of this language and section other than the target gets the same URL.
        var href = version is null ? null : HrefFrom(SitePaths.Article(lang, section, OtherSlug(version.Article.Slug)), version, target!.Anchor);
        return new Resolved(target?.Lang, version, target?.Anchor, href);
    }

    private static string HrefFrom(string fromPath, ArticleVersion target, string? anchor) => anchor is null
        ? SitePaths.Relative(fromPath, target.Path)
        : SitePaths.WithAnchor(SitePaths.Relative(fromPath, target.Path), anchor);

    /// <summary>A slug that is not <paramref name="slug"/> (a page beside it, for the relative URL from any other page).</summary>
    private static string OtherSlug(string slug) => slug + "-";
}
