namespace KhaSite.Load;

/// <summary>The YAML header of an article, typed. Missing optional fields are empty.</summary>
public sealed record FrontMatter(
    Located<string>? Title,
    Located<string>? Summary,
    Located<string>? Category,
    IReadOnlyList<Located<string>> Tags,
    IReadOnlyList<InfoboxEntry> Infobox,
    IReadOnlyList<Located<string>> SeeAlso,
    Located<string>? TranslationOf,
    bool Readable = true)
{
    public static readonly IReadOnlyList<string> Fields =
        ["title", "summary", "category", "tags", "infobox", "see_also", "translation_of", "aliases", "weight", "glossary_links"];

    /// <summary>Other names the article is known by (abbreviations, former and Latin-script names): search finds the article by them as by its title.</summary>
    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    /// <summary>The article's place in its section's list, as Hugo's <c>weight</c>: lighter first; unweighted articles follow by title.</summary>
    public double? Weight { get; init; }

    /// <summary>Whether the article links each glossary term on its first use (<c>glossary_links: false</c> turns that off).</summary>
    public bool GlossaryLinks { get; init; } = true;

    public static FrontMatter Empty { get; } = new(null, null, null, [], [], [], null);

    /// <summary>Front matter whose YAML could not be read (already reported; nothing more to say about its fields).</summary>
    public static FrontMatter Unreadable { get; } = Empty with { Readable = false };
}

/// <summary>One key fact of the infobox: an id whose label comes from the theme, and its value as written.</summary>
public sealed record InfoboxEntry(Located<string> Key, Located<string> Value);
