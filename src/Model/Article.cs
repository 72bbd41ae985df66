namespace KhaSite.Model;

/// <summary>An article of the encyclopedia: one section and slug, one version per language written.</summary>
public sealed class Article(string section, string slug)
{
    public string Section { get; } = section;

    public string Slug { get; } = slug;

    public string Key { get; } = $"{section}/{slug}";

    public SortedDictionary<string, ArticleVersion> Versions { get; } = new(StringComparer.Ordinal);
}
