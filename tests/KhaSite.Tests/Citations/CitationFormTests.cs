using System.Text;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Citations;

/// <summary>
/// Every Pandoc citation form of Fixtures/citation-forms.txt, each in an article of its own in one fixture site
/// (one build), compared with the HTML it must become.
/// </summary>
public sealed class CitationFormTests(CitationFormTests.Site fixture) : IClassFixture<CitationFormTests.Site>
{
    private const string Sources = """
        - id: smith04
          type: book
          title: A book
          author: [{family: Smith, given: John}]
          issued: 2004
        - id: doe99
          type: article-journal
          title: An article
          container-title: A journal
          author: [{family: Doe, given: Jane}, {family: Roe, given: Richard}]
          issued: 1999
        - id: Foo_bar.baz
          type: book
          title: Punctuated
          author: [{family: Foo, given: Bar}]
          issued: 2010
        - id: n1
          type: book
          title: One
          author: [{family: Abdraimov, given: E.}, {family: Sadykov, given: T.}, {family: Ospanov, given: K.}, {family: Bauer, given: A.}]
          author-en: [{family: Abdraimov, given: E.}, {family: Sadykov, given: T.}, {family: Ospanov, given: K.}, {family: Bauer, given: A.}]
          issued: 2023
        - {id: n2, type: book, title: Two, issued: 2002}
        - {id: n3, type: book, title: Three, issued: 2003}
        - {id: n4, type: book, title: Four, issued: 2004}
        - {id: n5, type: book, title: Five, issued: 2005}
        """;

    private static readonly string FixturePath = Path.Combine(RepoPaths.Root, "tests", "KhaSite.Tests", "Citations", "Fixtures", "citation-forms.txt");

    private readonly FixtureSite _site = fixture.Built;

    /// <summary>The one fixture site all forms share, built once for the class.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public FixtureSite Built { get; } = new();

        public async Task InitializeAsync()
        {
            Built.Write("data/sources.yml", Sources);
            for (var i = 0; i < Forms.Count; i++)
                Built.Article("history", Slug(i), Forms[i].Lang, "F", Forms[i].Markdown);
            var result = await Built.BuildAsync();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            if (Environment.GetEnvironmentVariable("KHASITE_UPDATE_FIXTURES") == "1") Update(Built);
        }

        public Task DisposeAsync()
        {
            Built.Dispose();
            return Task.CompletedTask;
        }
    }

    public sealed record Form(string Name, string Lang, string Markdown, string ExpectedHtml);

    public static IReadOnlyList<Form> Forms { get; } = Read(File.ReadAllText(FixturePath));

    public static TheoryData<string> Names => new(Forms.Select(f => f.Name));

    [Fact]
    public void The_fixture_has_at_least_sixty_forms() => Assert.True(Forms.Count >= 60, $"{Forms.Count} forms");

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_form_renders_as_expected(string name)
    {
        var index = Forms.ToList().FindIndex(f => f.Name == name);
        Assert.Equal(Forms[index].ExpectedHtml, Body(index));
    }

    [Fact]
    public void Every_back_link_reaches_a_citation_on_its_page()
    {
        for (var i = 0; i < Forms.Count; i++)
        {
            var page = _site.Html($"{Forms[i].Lang}/history/{Slug(i)}/index.html");
            foreach (var back in page.QuerySelectorAll(".references__back a"))
                Assert.NotNull(page.GetElementById(back.GetAttribute("href")![1..]));
        }
    }

    private static string Slug(int i) => $"form-{i:D3}";

    private string Body(int i) => Body(_site, i);

    private static string Body(FixtureSite site, int i) =>
        site.Html($"{Forms[i].Lang}/history/{Slug(i)}/index.html").QuerySelector(".article__body")!.InnerHtml.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<Form> Read(string text)
    {
        var forms = new List<Form>();
        var cases = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n~~~ ")[1..];
        foreach (var block in cases)
        {
            var header = block[..block.IndexOf('\n', StringComparison.Ordinal)];
            var parts = (block[(header.Length + 1)..] + "\n").Split("\n~~~>\n");
            var name = header[..header.LastIndexOf('|')].Trim();
            forms.Add(new Form(name, header[(header.LastIndexOf('|') + 1)..].Trim(), parts[0], parts.Length > 1 ? parts[1].Trim() : ""));
        }
        return forms;
    }

    private static void Update(FixtureSite site)
    {
        var head = File.ReadAllText(FixturePath).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n~~~ ")[0];
        var text = new StringBuilder(head).Append('\n');
        for (var i = 0; i < Forms.Count; i++)
            text.Append("~~~ ").Append(Forms[i].Name).Append(" | ").Append(Forms[i].Lang).Append('\n')
                .Append(Forms[i].Markdown).Append("\n~~~>\n").Append(Body(site, i)).Append('\n');
        File.WriteAllText(FixturePath, text.ToString());
    }
}
