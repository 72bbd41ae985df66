using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>A figure is data, not prose: facts.yml, [#id] references, and the three check rules of issue 19.</summary>
public class FigureTests : IDisposable
{
    private const string Sources = FixtureData.AlphaSource;

    private const string Facts = """
        - id: population-2021
          value: 19186015
          unit: people
          date: 2021
          cite: "@alpha"
        - id: growth
          value: 3.9
          unit: percent
          date: 2021
          cite: "@alpha"
        - id: religions-today
          value: 40
          qualifier: over
          unit: count
          reported: 2013
          cite: "@alpha"
        """;

    private const string Glossary = """
        - id: friendship-house
          term: {kk: Достық үйі, en: Friendship House}
          variants: {kk: [Достық үйлері]}
          definition: {kk: Үй., en: A house.}
          cite: "@alpha"
        """;

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Write("data/facts.yml", Facts)
        .Write("data/glossary.yml", Glossary)
        .Article("history", "people", "kk", "Халық", "Халық саны [#population-2021] адам, өсімі [#growth] [@alpha].\n\nБүгінгі таңда [#religions-today]-тан астам дін бар [@alpha].\n")
        .Article("history", "people", "en", "People", "The population was [#population-2021], a growth of [#growth] [@alpha].\n\nToday there are more than [#religions-today] religions [@alpha].\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_fact_is_written_in_each_languages_number_format_with_its_date_or_as_undated()
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "KHA0610" or "KHA0611");
        var kk = _site.Html("kk/history/people/index.html").QuerySelectorAll("data.figure").ToArray();
        var en = _site.Html("en/history/people/index.html").QuerySelectorAll("data.figure").ToArray();
        Assert.Equal(["19 186 015", "3,9 %", "40"], kk.Select(d => d.TextContent.Replace('\u00a0', ' ')));
        Assert.Equal(["19,186,015", "3.9%", "40"], en.Select(d => d.TextContent));
        Assert.Equal("19186015", en[0].GetAttribute("value"));
        Assert.Equal("2021", en[0].GetAttribute("title"));
        Assert.Equal("as reported in 2013 (undated)", en[2].GetAttribute("title"));
        Assert.True(en[2].ClassList.Contains("figure--undated"));
        Assert.False(en[0].ClassList.Contains("figure--undated"));
    }

    [Fact]
    public async Task A_number_in_prose_is_a_warning_at_its_column_and_an_unknown_reference_an_error()
    {
        _site.Article("history", "people", "en", "People",
            "In 1995, on 1 March, under Article 39, 700 delegates met; the population was [#population-2012] [@alpha].\n");
        var result = await _site.BuildAsync(write: false);
        var figure = Assert.Single(result.Diagnostics, d => d.Id == "KHA0610");
        Assert.EndsWith("input/articles/history/people.en.md", figure.Location.File, StringComparison.Ordinal);
        Assert.Equal((5, 40), (figure.Location.Line, figure.Location.Column));
        Assert.Contains("'700'", figure.Message, StringComparison.Ordinal);
        var unknown = Assert.Single(result.Diagnostics, d => d.Id == "KHA0511");
        Assert.Equal((5, 78), (unknown.Location.Line, unknown.Location.Column));
        Assert.Contains("did you mean 'population-2021'", unknown.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task An_infobox_value_takes_figure_references_and_its_written_numbers_are_warnings()
    {
        _site.Article("history", "people", "en", "People", "The population was [#population-2021] [@alpha].\n\nToday there are more than [#religions-today] religions [@alpha].\n",
            "infobox:\n  population: '[#population-2021] people (2021)'\n  religions: more than 40 (undated)\n");
        var result = await _site.BuildAsync();
        var figure = Assert.Single(result.Diagnostics, d => d.Id == "KHA0610");
        Assert.Equal((6, 24), (figure.Location.Line, figure.Location.Column));
        Assert.Contains("'religions'", figure.Message, StringComparison.Ordinal);
        var values = _site.Html("en/history/people/index.html").QuerySelectorAll(".infobox dd").Select(d => d.TextContent.Trim()).ToArray();
        Assert.Contains("19,186,015 people (2021)", values);
    }

    [Fact]
    public async Task A_breakdown_row_its_source_does_not_date_is_shown_as_reported()
    {
        _site.Write("data/statistics/network.yml", """
            id: network
            kind: breakdown
            title: {kk: Желі, en: Network}
            unit: count
            cite: "@alpha"
            rows:
              - {key: rooms, label: {kk: Кабинеттер, en: Rooms}, value: 503, reported: 2023}
            """);
        _site.Article("history", "people", "en", "People", "There are [#network:rooms] rooms [@alpha].\n\nToday there are more than [#religions-today] religions [@alpha].\n");
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var rooms = _site.Html("en/history/people/index.html").QuerySelector("data.figure")!;
        Assert.Equal("as reported in 2023 (undated)", rooms.GetAttribute("title"));
    }

    [Fact]
    public async Task An_undated_value_in_a_series_is_an_error_at_its_reported_field()
    {
        _site.Write("data/statistics/religions.yml", """
            id: religions
            kind: series
            title: {kk: Діндер, en: Religions}
            unit: count
            cite: "@alpha"
            rows:
              - {date: 2006-01-01, value: 40}
              - {reported: 2013, value: 17}
            """);
        var result = await _site.BuildAsync(write: false);
        var undated = Assert.Single(result.Diagnostics, d => d.Id == "KHA0510");
        Assert.EndsWith("input/data/statistics/religions.yml", undated.Location.File, StringComparison.Ordinal);
        Assert.Equal((8, 16), (undated.Location.Line, undated.Location.Column));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_translation_glossing_a_term_otherwise_than_the_glossary_is_a_warning_at_the_term()
    {
        _site.Article("history", "people", "en", "People",
            "Friendship Houses (*Достық үйлері*) work in every region [@alpha].\n\nThe houses of friendship (*Достық үйлері*) hold mediation rooms [@alpha].\n");
        var result = await _site.BuildAsync(write: false);
        var rendering = Assert.Single(result.Diagnostics, d => d.Id == "KHA0611");
        Assert.EndsWith("input/articles/history/people.en.md", rendering.Location.File, StringComparison.Ordinal);
        Assert.Equal((7, 28), (rendering.Location.Line, rendering.Location.Column));
        Assert.Contains("'Friendship House'", rendering.Message, StringComparison.Ordinal);
    }
}
