using KhaSite.Tests.Support;

namespace KhaSite.Tests.Citations;

/// <summary>Articles carry the Highwire citation_* tags Zotero and Google Scholar read, one citation_reference per cited work.</summary>
public sealed class HighwireMetaTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", """
            - id: alpha
              type: article-journal
              title: "Альфа; мақала"
              author: [{family: Абдраимов, given: Е. А.}, {literal: Институт}]
              container-title: Хабаршы
              volume: 3
              issue: 1(109)
              page: 8-17
              DOI: 10.1000/xyz
              issued: 2023
            - {id: beta, type: book, title: Beta <book>, publisher: Фолиант, ISBN: 978-601-262-587-5, issued: 2008}
            """)
        .Article("history", "founding", "en", "Founding & after", "One [@alpha, p. 3]. Two [@beta].");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_article_has_the_tags_of_itself_and_of_each_cited_work()
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        var page = _site.Html("en/history/founding/index.html");
        string[] Meta(string name) => page.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!).ToArray();
        Assert.Equal(["Founding & after"], Meta("citation_title"));
        Assert.Equal(["Test encyclopedia"], Meta("citation_author"));
        Assert.Equal(["en"], Meta("citation_language"));
        Assert.Equal(["https://example.org/khasite/en/history/founding/"], Meta("citation_public_url"));
        Assert.Equal(
        [
            "citation_title=Альфа, мақала; citation_author=Абдраимов, Е. А.; citation_author=Институт; citation_publication_date=2023; citation_journal_title=Хабаршы; citation_volume=3; citation_issue=1(109); citation_firstpage=8; citation_lastpage=17; citation_doi=10.1000/xyz",
            "citation_title=Beta <book>; citation_publication_date=2008; citation_publisher=Фолиант; citation_isbn=978-601-262-587-5",
        ], Meta("citation_reference"));
    }
}
