using System.Text.Json;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

public class DataTests : IDisposable
{
    private const string Sources = FixtureData.AlphaSource;

    private const string Tags = """
        - id: founding
          label: {kk: Құрылу, en: Founding}
        - id: mediation
          label: {kk: Медиация, en: Mediation}
        """;

    private const string Timeline = """
        - id: forum
          date: 1992-12
          tags: [founding]
          title: {kk: Форум өтті, en: The forum is held}
          cite: "@alpha, p. 10"
        - id: founded
          date: 1995-03-01
          tags: [founding]
          title: {kk: Ассамблея құрылды, en: The Assembly is founded}
          text: {kk: "Жарлық, мәтін.", en: "By decree, text."}
          cite: "@alpha"
          article: history/founding
        - id: centre
          date: 2015
          tags: [mediation]
          title: {kk: Медиация орталығы, en: Mediation centre}
          cite: "@alpha"
        """;

    private const string Census = """
        id: census
        kind: breakdown
        title: {kk: Санақ, en: Census}
        description: {kk: Үлестер., en: Shares.}
        as_of: 2021
        unit: percent
        cite: "@alpha"
        rows:
          - {key: kazakhs, label: {kk: Қазақтар, en: Kazakhs}, value: 70.4}
          - {key: russians, label: {kk: Орыстар, en: Russians}, value: 15.5}
          - {key: others, label: {kk: Басқалар, en: Others}, value: 14.1}
        """;

    private const string Series = """
        id: associations
        kind: series
        title: {kk: Бірлестіктер, en: Associations}
        unit: count
        rows:
          - {date: 2006-01-01, value: 3420, cite: "@alpha"}
          - {date: 2006, value: 3088, cite: "@alpha"}
          - {date: 2020-04-01, value: 3816, cite: "@alpha"}
        """;

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Write("data/tags.yml", Tags)
        .Write("data/timeline.yml", Timeline)
        .Write("data/statistics/census.yml", Census)
        .Write("data/statistics/associations.yml", Series)
        .Article("history", "founding", "kk", "Құрылуы", "Мәтін [@alpha].\n\n```timeline\ntags: [founding]\n```\n\nДиаграмма [@alpha].\n\n```chart\ndataset: census\n```\n", "tags: [founding]\n")
        .Article("history", "founding", "en", "Founding", "Text [@alpha].\n\n```timeline\ntags: [founding]\n```\n\nChart [@alpha].\n\n```chart\ndataset: census\n```\n", "tags: [founding]\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Timeline_page_groups_events_by_decade_with_dates_as_precise_as_known()
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var kk = _site.Html("kk/timeline/index.html");
        Assert.Equal(["d1990", "d2010"], kk.QuerySelectorAll(".timeline__decade").Select(s => s.Id));
        Assert.Equal(["желтоқсан 1992", "1995 жылғы 1 наурыз", "2015"], kk.QuerySelectorAll(".timeline__date").Select(t => t.TextContent));
        var en = _site.Html("en/timeline/index.html");
        Assert.Equal(["December 1992", "1 March 1995", "2015"], en.QuerySelectorAll(".timeline__date").Select(t => t.TextContent));
        var founded = en.GetElementById("event-founded")!;
        Assert.Equal("../history/founding/", founded.QuerySelector(".timeline__article")?.GetAttribute("href"));
        Assert.Equal("[1, p. 10]", en.QuerySelector("#event-forum sup.cite")?.TextContent);
        Assert.NotNull(en.GetElementById("ref-1"));
    }

    [Fact]
    public async Task Tag_pages_show_only_matching_events_without_javascript()
    {
        await _site.BuildAsync();
        var page = _site.Html("en/timeline/mediation/index.html");
        Assert.Equal(["Mediation centre"], page.QuerySelectorAll(".timeline__title").Select(t => t.TextContent.Split('[')[0]));
        Assert.Equal("mediation/", _site.Html("en/timeline/index.html").QuerySelector("a[data-tag=mediation]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Embeds_render_events_and_charts_inside_articles_with_the_articles_numbering()
    {
        await _site.BuildAsync();
        var page = _site.Html("kk/history/founding/index.html");
        Assert.Equal(2, page.QuerySelectorAll(".embed--timeline .timeline__event").Length);
        var svg = page.QuerySelector(".embed--chart svg");
        Assert.Equal("img", svg?.GetAttribute("role"));
        // Each layout (beside the bars for a wide container, above them for a narrow one) draws every row.
        Assert.Equal(3, page.QuerySelectorAll(".embed--chart svg.chart--wide rect").Length);
        Assert.Equal(3, page.QuerySelectorAll(".embed--chart svg.chart--narrow rect").Length);
        Assert.Contains("70,4", page.QuerySelector(".embed--chart td")?.TextContent, StringComparison.Ordinal);
        // One source: every marker, in the text and in the embeds, is [1…] and the list has one entry.
        Assert.All(page.QuerySelectorAll("sup.cite"), s => Assert.StartsWith("[1", s.TextContent, StringComparison.Ordinal));
        Assert.Single(page.QuerySelectorAll(".references__list > li"));
        Assert.Null(page.QuerySelector(".article__body pre code"));
    }

    [Fact]
    public async Task Dataset_pages_show_every_value_with_its_source_and_mark_disputes()
    {
        await _site.BuildAsync();
        var page = _site.Html("en/statistics/associations/index.html");
        var rows = page.QuerySelectorAll(".data-table tbody tr").ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal(2, page.QuerySelectorAll(".data-table__disputed").Length);
        Assert.Equal(2, page.QuerySelectorAll("svg.chart--wide circle.chart__dot--disputed").Length);
        Assert.Equal(2, page.QuerySelectorAll("svg.chart--narrow circle.chart__dot--disputed").Length);
        Assert.Equal("3,420", rows[1].QuerySelector(".data-table__value")?.ChildNodes[0].TextContent.Trim());
        Assert.NotNull(page.QuerySelector(".notice"));
        var index = _site.Html("kk/statistics/index.html");
        Assert.Equal(2, index.QuerySelectorAll(".article-list li").Length);
    }

    [Fact]
    public async Task Downloads_parse_as_json_csv_and_icalendar()
    {
        await _site.BuildAsync();
        using var json = JsonDocument.Parse(_site.ReadOutput("en/timeline/timeline.json"));
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal("1995-03-01", json.RootElement[1].GetProperty("date").GetString());
        Assert.Equal("day", json.RootElement[1].GetProperty("precision").GetString());

        var csv = _site.ReadOutput("kk/timeline/timeline.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,date,title,text,tags,article,sources", csv[0]);
        Assert.Equal(4, csv.Length);
        Assert.Contains("\"Жарлық, мәтін.\"", csv[2], StringComparison.Ordinal);

        var ics = _site.ReadOutput("en/timeline/timeline.ics");
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(3, ics.Split("BEGIN:VEVENT").Skip(1).Count()); // a month, a day and a year
        Assert.Contains("DTSTART;VALUE=DATE:19950301", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));

        var data = _site.ReadOutput("en/statistics/census/census.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,label,value,unit,qualifier,sources,note", data[0]);
        Assert.Equal("kazakhs,Kazakhs,70.4,percent,,alpha,", data[1]);
        using var dataJson = JsonDocument.Parse(_site.ReadOutput("kk/statistics/census/census.json"));
        Assert.Equal("Қазақтар", dataJson.RootElement.GetProperty("rows")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task The_same_yaml_mistakes_give_diagnostics_with_line_and_column()
    {
        _site.Write("data/timeline.yml", Timeline.Replace("date: 1995-03-01", "date: 1995-02-30", StringComparison.Ordinal).Replace("tags: [mediation]", "tags: [mediaton]", StringComparison.Ordinal) + "\n" + """
            - id: forum
              date: 1990
              title: {kk: Қайта, en: Again}
              cite: "@alpha; @nosuch"
              article: history/nowhere
            """);
        _site.Article("history", "founding", "en", "Founding", "Text [@alpha].\n\n```chart\ndataset: censsus\n```\n");
        var result = await _site.BuildAsync();
        Assert.False(result.Succeeded);
        (int, int) At(string code) => result.Diagnostics.Where(d => d.Id == code).Select(d => (d.Location.Line, d.Location.Column)).First();
        Assert.Equal((7, 9), At("KHA0011"));   // impossible date
        Assert.Equal((15, 10), At("KHA0013"));  // unknown tag
        Assert.Equal((18, 7), At("KHA0401"));   // duplicate id
        Assert.Equal((19, 9), At("KHA0402"));   // out of order (warning)
        Assert.Equal((21, 18), At("KHA0103"));  // unknown citation key
        Assert.Equal((22, 12), At("KHA0403"));  // unknown article
        Assert.Equal((8, 10), At("KHA0503"));   // unknown dataset in an embed
        Assert.Contains("did you mean 'census'", result.Diagnostics.Single(d => d.Id == "KHA0503").Message, StringComparison.Ordinal);
    }
}
