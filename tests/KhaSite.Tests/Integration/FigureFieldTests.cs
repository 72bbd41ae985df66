using System.Text.Json;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// Figure references <c>[#id]</c> in the text fields of input/data/ (timeline titles and texts, dataset descriptions,
/// glossary definitions): substituted in every output, in each language's number format, and checked like prose.
/// </summary>
public class FigureFieldTests : IDisposable
{
    private const string Sources = FixtureData.AlphaSource;

    private const string Facts = """
        - id: population-2021
          value: 19186015
          unit: people
          date: 2021
          cite: "@alpha"
        - id: kazakhs-share
          value: 70.4
          unit: percent
          date: 2021
          cite: "@alpha"
        """;

    private const string Timeline = """
        - id: census
          date: 2021
          title: {kk: "Халық саны [#population-2021]", en: "Population [#population-2021]"}
          text:
            kk: >-
              Санақ бойынша қазақтардың үлесі
              [#kazakhs-share] болды.
            en: >-
              By the census the share of Kazakhs
              was [#kazakhs-share].
          cite: "@alpha"
        """;

    private const string Dataset = """
        id: shares
        kind: breakdown
        title: {kk: Үлестер, en: Shares}
        description: {kk: "Халық саны [#population-2021].", en: "A population of [#population-2021]."}
        as_of: 2021
        unit: percent
        cite: "@alpha"
        rows:
          - {key: kazakhs, label: {kk: Қазақтар, en: Kazakhs}, value: 70.4, note: {kk: "Барлығы [#population-2021]", en: "Of [#population-2021]"}}
          - {key: others, label: {kk: Басқалар, en: Others}, value: 29.6}
        """;

    private const string Glossary = """
        - id: census-term
          term: {kk: Санақ, en: Census}
          definition: {kk: "Халық саны [#population-2021] болған санақ.", en: "The count that found [#population-2021] people."}
          cite: "@alpha"
        """;

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Write("data/facts.yml", Facts)
        .Write("data/timeline.yml", Timeline)
        .Write("data/statistics/shares.yml", Dataset)
        .Write("data/glossary.yml", Glossary)
        .Article("history", "census", "kk", "Санақ", "Мәтін [@alpha].\n")
        .Article("history", "census", "en", "Census of [#population-2021] people", "The share of Kazakhs was [#kazakhs-share] [@alpha].\n");

    public void Dispose() => _site.Dispose();

    private async Task BuildAsync()
    {
        var result = await SiteBuilder.BuildAsync(_site.Options with { Search = true }, write: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "KHA0610" or "KHA0511");
    }

    /// <summary>Kazakh groups digits and parts a percent sign with no-break spaces.</summary>
    private static string Spaces(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [Fact]
    public async Task Html_pages_write_the_figure_in_each_languages_format_and_the_timeline_with_its_date()
    {
        await BuildAsync();
        var timeline = _site.Html("en/timeline/index.html");
        Assert.StartsWith("Population 19,186,015[", timeline.QuerySelector(".timeline__title")!.TextContent, StringComparison.Ordinal);
        var share = timeline.QuerySelector(".timeline__text data.figure")!;
        Assert.Equal(("70.4%", "70.4", "2021"), (share.TextContent, share.GetAttribute("value"), share.GetAttribute("title")));
        var kk = Spaces(_site.Html("kk/timeline/index.html").QuerySelector(".timeline__text")!.TextContent);
        Assert.Equal("Санақ бойынша қазақтардың үлесі 70,4 % болды.", kk);
        var dataset = _site.Html("en/statistics/shares/index.html");
        Assert.Contains("A population of 19,186,015.", dataset.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A population of 19,186,015.", dataset.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("19186015", dataset.QuerySelector(".data-table data.figure")!.GetAttribute("value"));
        Assert.Contains("Халық саны 19 186 015 болған санақ.", Spaces(_site.Html("kk/glossary/index.html").Body!.TextContent), StringComparison.Ordinal);
        Assert.DoesNotContain("[#", _site.ReadOutput("en/timeline/index.html") + _site.ReadOutput("en/statistics/shares/index.html") + _site.ReadOutput("en/glossary/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_csv_json_and_json_ld_carry_the_figure_as_plain_text()
    {
        await BuildAsync();
        var ics = _site.ReadOutput("en/timeline/timeline.ics");
        Assert.Contains("SUMMARY:Population 19\\,186\\,015", ics, StringComparison.Ordinal);
        Assert.Contains("the share of Kazakhs was 70.4%.", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Population 19,186,015", _site.ReadOutput("en/timeline/timeline.csv"), StringComparison.Ordinal);
        var events = JsonDocument.Parse(_site.ReadOutput("en/timeline/timeline.json")).RootElement;
        Assert.Equal("By the census the share of Kazakhs was 70.4%.", events[0].GetProperty("text").GetString());
        var data = JsonDocument.Parse(_site.ReadOutput("kk/statistics/shares/shares.json")).RootElement;
        Assert.Equal("Халық саны 19 186 015.", Spaces(data.GetProperty("description").GetString()!));
        Assert.Equal("Барлығы 19 186 015", Spaces(data.GetProperty("rows")[0].GetProperty("note").GetString()!));
        Assert.Contains("Of 19,186,015", _site.ReadOutput("en/statistics/shares/shares.csv"), StringComparison.Ordinal);
        var jsonLd = _site.Html("en/statistics/shares/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Equal("A population of 19,186,015.", JsonDocument.Parse(jsonLd).RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task An_articles_title_and_summary_and_its_feed_entry_carry_the_figure()
    {
        await BuildAsync();
        var page = _site.Html("en/history/census/index.html");
        Assert.Equal("Census of 19,186,015 people", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Census of 19,186,015 people.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Census of 19,186,015 people.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        var jsonLd = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .First(j => j.GetProperty("@type").GetString() == "Article");
        Assert.Equal("Census of 19,186,015 people", jsonLd.GetProperty("headline").GetString());
        Assert.Contains("Census of 19,186,015 people", _site.Html("en/history/index.html").Body!.TextContent, StringComparison.Ordinal);
        var feed = System.Xml.Linq.XDocument.Parse(_site.ReadOutput("en/feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("Census of 19,186,015 people", entry.Element(atom + "title")!.Value);
        Assert.Equal("Census of 19,186,015 people.", entry.Element(atom + "summary")!.Value);
        Assert.Contains("The share of Kazakhs was 70.4%", entry.Element(atom + "content")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_index_finds_the_figure_as_written()
    {
        await BuildAsync();
        var index = string.Concat(Directory.GetFiles(Path.Combine(_site.Output, "search", "en"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.Contains("19,186,015", index, StringComparison.Ordinal);
        Assert.Contains("70.4%", index, StringComparison.Ordinal);
        Assert.Contains("The share of Kazakhs was 70.4%", index, StringComparison.Ordinal);
        Assert.Contains("Census of 19,186,015 people", index, StringComparison.Ordinal);
        Assert.DoesNotContain("[#", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_in_a_field_is_a_warning_at_its_line_and_column_and_an_unknown_reference_an_error()
    {
        _site.Write("data/timeline.yml", """
            - id: census
              date: 2021
              title: {kk: "Халық саны [#population-2012]", en: "Population in 2021"}
              text:
                kk: >-
                  2021 жылғы санақ бойынша
                  халық саны 19 186 015 адам.
                en: By the census of 2021, 1 March, under Article 39, the share was 70.4%.
              cite: "@alpha"
            """);
        var result = await _site.BuildAsync(write: false);
        var figures = result.Diagnostics.Where(d => d.Id == "KHA0610").ToArray();
        Assert.Equal(2, figures.Length);
        Assert.All(figures, f => Assert.EndsWith("input/data/timeline.yml", f.Location.File, StringComparison.Ordinal));
        Assert.Equal((7, 18), (figures[0].Location.Line, figures[0].Location.Column));
        Assert.Contains("'19 186 015'", figures[0].Message, StringComparison.Ordinal);
        Assert.Equal((8, 73), (figures[1].Location.Line, figures[1].Location.Column));
        Assert.Contains("'70.4'", figures[1].Message, StringComparison.Ordinal);
        var unknown = Assert.Single(result.Diagnostics, d => d.Id == "KHA0511");
        Assert.Equal((3, 27), (unknown.Location.Line, unknown.Location.Column));
        Assert.Contains("did you mean 'population-2021'?", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_in_a_dataset_description_or_glossary_definition_is_a_warning_where_it_stands()
    {
        _site.Write("data/statistics/shares.yml", Dataset.Replace("A population of [#population-2021].", "A population of 19,186,015.", StringComparison.Ordinal))
            .Write("data/glossary.yml", Glossary.Replace("found [#population-2021] people", "found 19,186,015 people", StringComparison.Ordinal));
        var result = await _site.BuildAsync(write: false);
        var figures = result.Diagnostics.Where(d => d.Id == "KHA0610").OrderBy(d => d.Location.File, StringComparer.Ordinal).ToArray();
        Assert.Equal(2, figures.Length);
        Assert.EndsWith("input/data/glossary.yml", figures[0].Location.File, StringComparison.Ordinal);
        Assert.Equal((3, 93), (figures[0].Location.Line, figures[0].Location.Column));
        Assert.EndsWith("input/data/statistics/shares.yml", figures[1].Location.File, StringComparison.Ordinal);
        Assert.Equal((4, 74), (figures[1].Location.Line, figures[1].Location.Column));
    }
}
