using KhaSite.Load;

namespace KhaSite.Model;

/// <summary>A section of the site (a folder of <c>input/articles/</c>) with its articles in title order per language.</summary>
public sealed class Section(SectionConfig config)
{
    public string Id => Config.Id;

    public SectionConfig Config { get; } = config;

    public List<Article> Articles { get; } = [];

    public IReadOnlyList<ArticleVersion> VersionsIn(string lang, StringComparer order) =>
        Articles.Select(a => a.Versions.GetValueOrDefault(lang)).OfType<ArticleVersion>()
            .OrderBy(v => v.Title, order).ThenBy(v => v.Article.Slug, StringComparer.Ordinal).ToArray();
}
