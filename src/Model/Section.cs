using System.Collections.Concurrent;
using KhaSite.Load;

namespace KhaSite.Model;

/// <summary>A section of the site (a folder of <c>input/articles/</c>) with its articles in weight, then title order per language.</summary>
/// <param name="orderIn">each language's alphabetical order (<see cref="SiteModel.Order"/>)</param>
public sealed class Section(SectionConfig config, Func<string, StringComparer> orderIn)
{
    public string Id => Config.Id;

    public SectionConfig Config { get; } = config;

    public List<Article> Articles { get; } = [];

    /// <summary>Per language, sorted once: every article page asks for its neighbours, and sorting per page made the build quadratic.</summary>
    private readonly ConcurrentDictionary<string, Lazy<Ordered>> _ordered = new();

    private sealed record Ordered(IReadOnlyList<ArticleVersion> Versions, IReadOnlyDictionary<ArticleVersion, int> Positions);

    /// <summary>
    /// The section's articles in <paramref name="lang"/>: those with a front-matter <c>weight</c> first, lightest first
    /// (History weighs its articles by year), then the rest in the language's alphabetical order of titles.
    /// </summary>
    public IReadOnlyList<ArticleVersion> VersionsIn(string lang) => OrderedIn(lang).Versions;

    /// <summary>Where <paramref name="version"/> stands in <see cref="VersionsIn"/>, or -1.</summary>
    public int PositionOf(ArticleVersion version) => OrderedIn(version.Lang).Positions.GetValueOrDefault(version, -1);

    /// <summary>Forgets the order after an article of the section was replaced (the preview's quick path).</summary>
    public void Reorder() => _ordered.Clear();

    private Ordered OrderedIn(string lang) => _ordered.GetOrAdd(lang, l => new Lazy<Ordered>(() => Sort(l))).Value;

    private Ordered Sort(string lang)
    {
        var versions = Articles.Select(a => a.Versions.GetValueOrDefault(lang)).OfType<ArticleVersion>()
            .OrderBy(v => v.Weight is null).ThenBy(v => v.Weight)
            .ThenBy(v => v.Title, orderIn(lang)).ThenBy(v => v.Article.Slug, StringComparer.Ordinal).ToArray();
        return new Ordered(versions, versions.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i));
    }
}
