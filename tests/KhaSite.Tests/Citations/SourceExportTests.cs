using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Render.Citations;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Citations;

/// <summary>Each source page offers the source as BibTeX, RIS and CSL-JSON; the bibliography page offers all of it as CSL-JSON.</summary>
public sealed class SourceExportTests : IDisposable
{
    private const string Sources = """
        - id: alpha
          type: article-journal
          title: "Ассамблея & 100% {бірлік} #1 $ _x_ ~ ^ \\ end"
          author: [{family: Абдраимов, given: Е. А.}, {literal: Институт & Ко}, {family: King, given: Martin, suffix: Jr.}]
          container-title: Хабаршы
          volume: 3
          issue: 1(109)
          page: 8-17
          DOI: 10.1000/xyz
          URL: https://example.org/a%20b#c
          issued: 2023-05-03
        """;

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Article("history", "founding", "kk", "Құрылуы", "Мәтін [@alpha].");

    public void Dispose() => _site.Dispose();

    private static SourceRecord Alpha()
    {
        var path = Path.Combine(Path.GetTempPath(), $"khasite-export-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, Sources);
        try { return Assert.Single(BibliographyLoader.Load(path, new DiagnosticBag())); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void BibTex_escapes_its_special_characters_and_keeps_cyrillic()
    {
        Assert.Equal("""
            @article{alpha,
              author = {Абдраимов, Е. А. and {Институт \& Ко} and King, Jr., Martin},
              title = {Ассамблея \& 100\% \{бірлік\} \#1 \$ \_x\_ \textasciitilde{} \textasciicircum{} \textbackslash{} end},
              journal = {Хабаршы},
              year = {2023},
              date = {2023-05-03},
              volume = {3},
              number = {1(109)},
              pages = {8--17},
              doi = {10.1000/xyz},
              url = {https://example.org/a\%20b\#c}
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), BibTex.Entry(Alpha()));
    }

    [Fact]
    public void Ris_has_a_line_per_field()
    {
        Assert.Equal(
            "TY  - JOUR\r\nAU  - Абдраимов, Е. А.\r\nAU  - Институт & Ко\r\nAU  - King, Martin, Jr.\r\nTI  - Ассамблея & 100% {бірлік} #1 $ _x_ ~ ^ \\ end\r\n" +
            "T2  - Хабаршы\r\nPY  - 2023\r\nDA  - 2023/05/03/\r\nVL  - 3\r\nIS  - 1(109)\r\nSP  - 8\r\nEP  - 17\r\nDO  - 10.1000/xyz\r\n" +
            "UR  - https://example.org/a%20b#c\r\nID  - alpha\r\nER  - \r\n",
            Ris.Record(Alpha()));
    }

    [Fact]
    public async Task Source_and_bibliography_pages_link_their_downloads()
    {
        Assert.True((await _site.BuildAsync()).Succeeded);
        var page = _site.Html("kk/sources/alpha/index.html");
        var links = page.QuerySelectorAll(".downloads a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToArray();
        Assert.Equal([("BibTeX", "alpha.bib"), ("RIS", "alpha.ris"), ("CSL-JSON", "alpha.json")], links);
        foreach (var (_, href) in links) Assert.True(File.Exists(Path.Combine(_site.Output, "kk", "sources", "alpha", href)), href);
        Assert.StartsWith("@article{alpha,", _site.ReadOutput("kk/sources/alpha/alpha.bib"), StringComparison.Ordinal);
        var bibliography = _site.Html("kk/sources/index.html").QuerySelector(".downloads a")!;
        Assert.Equal("../../bibliography.json", bibliography.GetAttribute("href"));
        Assert.Contains("\"id\": \"alpha\"", _site.ReadOutput("bibliography.json"), StringComparison.Ordinal);
    }
}
