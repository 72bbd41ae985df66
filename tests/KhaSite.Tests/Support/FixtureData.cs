namespace KhaSite.Tests.Support;

/// <summary>Data files that many fixture sites share, written once.</summary>
public static class FixtureData
{
    /// <summary>A bibliography of one journal article, <c>alpha</c>, in Kazakh only.</summary>
    public const string AlphaSource = """
        - id: alpha
          type: article-journal
          title: Альфа
          author: [{family: Абдраимов, given: Е. А.}]
          container-title: Хабаршы
          issued: {date-parts: [[2023]]}
        """;

    /// <summary><see cref="AlphaSource"/> with an English title, for sites whose English pages name it.</summary>
    public const string AlphaSourceWithEnglishTitle = """
        - id: alpha
          type: article-journal
          title: Альфа
          title-en: Alpha
          author: [{family: Абдраимов, given: Е. А.}]
          container-title: Хабаршы
          issued: {date-parts: [[2023]]}
        """;

    /// <summary>A timeline of one event, <c>founded</c> (1995-03-01), citing <c>alpha</c> and linked to history/founding.</summary>
    public const string FoundedEvent = """
        - id: founded
          date: 1995-03-01
          title: {kk: Ассамблея құрылды, en: The Assembly is founded}
          cite: "@alpha"
          article: history/founding
        """;

    /// <summary><see cref="FoundedEvent"/> tagged <c>institution</c>, for sites that embed the timeline by tag.</summary>
    public const string FoundedEventTagged = """
        - id: founded
          date: 1995-03-01
          tags: [institution]
          title: {kk: Ассамблея құрылды, en: The Assembly is founded}
          cite: "@alpha"
          article: history/founding
        """;

    /// <summary>A breakdown dataset, <c>members</c>, of two rows citing <c>alpha</c>.</summary>
    public const string MembersDataset = """
        id: members
        kind: breakdown
        title: {kk: Мүшелер, en: Members}
        unit: count
        as_of: 2021
        cite: "@alpha"
        rows:
          - {key: council, label: {kk: Кеңес, en: Council}, value: 40}
          - {key: board, label: {kk: Басқарма, en: Board}, value: 12}
        """;

    /// <summary>A site.yml with the Latin-script edition made from Kazakh (<c>kk-latn</c>) and one section.</summary>
    public const string LatinEditionSiteYml = """
        title: {kk: Тест энциклопедиясы, en: Test encyclopedia}
        description: {kk: Сынақ сайты., en: A test site.}
        base_url: https://example.org/khasite/
        languages:
          - kk
          - en
          - code: kk-latn
            from: kk
            script: Latn
        default_language: kk
        sections:
          - id: history
            title: {kk: Тарихы, en: History}
            description: {kk: Тарих бөлімі., en: The history section.}
        """;
}
