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
}
