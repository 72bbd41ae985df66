namespace KhaSite.Load;

/// <summary>Everything the Load stage read: plain records that still know which file and line they came from.</summary>
public sealed record LoadedInput(
    SiteConfig Config,
    IReadOnlyList<ArticleFile> Articles,
    IReadOnlyDictionary<string, UiStrings> Strings,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyList<TermRecord> Tags,
    IReadOnlyList<TermRecord> Categories,
    IReadOnlyList<TimelineRecord> Timeline,
    IReadOnlyList<DatasetRecord> Datasets,
    IReadOnlyList<GlossaryRecord> Glossary,
    IReadOnlyList<FactRecord> Facts,
    GitHistory History,
    string InputDir,
    string ThemeDir)
{
    /// <summary>The dates of the input files and of the build, for the outputs that carry dates.</summary>
    public InputDates Dates { get; init; } = new(History, InputDir, null);

    /// <summary>The Assembly's bodies (<c>input/data/organisation.yml</c>) for the org diagram.</summary>
    public IReadOnlyList<BodyRecord> Organisation { get; init; } = [];

    /// <summary>The places of events (<c>input/data/places.yml</c>) and the country's outline for the map.</summary>
    public IReadOnlyList<PlaceRecord> Places { get; init; } = [];

    public MapOutlineRecord? MapOutline { get; init; }

    /// <summary>The words of <c>input/data/latin-exceptions.yml</c>, which the Latin edition writes as they say.</summary>
    public IReadOnlyList<Script.LatinException> LatinExceptions { get; init; } = [];
}
