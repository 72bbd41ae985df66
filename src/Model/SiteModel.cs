using System.Globalization;
using KhaSite.Load;
using KhaSite.Model.Citations;
using KhaSite.Model.Facts;

namespace KhaSite.Model;

/// <summary>The site graph: articles keyed by section/slug, sections, languages, and what links where.</summary>
public sealed class SiteModel(LoadedInput input)
{
    public LoadedInput Input { get; } = input;

    public SiteConfig Config => Input.Config;

    public IReadOnlyList<string> Languages => Config.Languages;

    public SortedDictionary<string, Article> Articles { get; } = new(StringComparer.Ordinal);

    public List<Section> Sections { get; } = [];

    public Bibliography Bibliography { get; } = new(input.Sources);

    public SortedDictionary<string, TermRecord> Tags { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, TermRecord> Categories { get; } = new(StringComparer.Ordinal);

    public Timeline Timeline { get; } = new();

    public SortedDictionary<string, Dataset> Datasets { get; } = new(StringComparer.Ordinal);

    public List<Dataset> DuplicateDatasets { get; } = [];

    public Glossary Glossary { get; } = new();

    /// <summary>The figures of <c>facts.yml</c> that prose states through <c>[#id]</c>.</summary>
    public SortedDictionary<string, Fact> Facts { get; } = new(StringComparer.Ordinal);

    public List<Fact> DuplicateFacts { get; } = [];

    /// <summary>The org diagram's bodies and the map's places (issue 18 item 18).</summary>
    public Diagrams Diagrams { get; set; } = new();

    /// <summary>Articles of the sources section whose slug is no source id (reported by the check).</summary>
    public List<ArticleVersion> UnmatchedSourceArticles { get; } = [];

    /// <summary>Articles whose folder is not a declared section (reported by the check; not published).</summary>
    public List<ArticleFile> Unplaced { get; } = [];

    public UiStrings Strings(string lang) => Input.Strings[lang];

    public IEnumerable<ArticleVersion> AllVersions => Articles.Values.SelectMany(a => a.Versions.Values);

    /// <summary>The section an article is placed in (articles of unknown sections are not in the model).</summary>
    public Section SectionOf(Article article) => Sections.First(s => s.Id == article.Section);

    /// <summary>The settings of one of the site's languages: its culture, formats and reference style.</summary>
    public Language Language(string lang) => Config.Language(lang);

    public CultureInfo Culture(string lang) => Language(lang).Culture;

    /// <summary>Alphabetical order for the language (the Kazakh alphabet for Kazakh).</summary>
    public StringComparer Order(string lang) => Language(lang).Collation;
}
