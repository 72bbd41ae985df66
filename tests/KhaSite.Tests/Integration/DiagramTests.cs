using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>Item 18: the org diagram and the map are drawn from data in both languages, with a text alternative and citations; bad data is KHA0687.</summary>
public class DiagramTests : IDisposable
{
    private const string Sources = FixtureData.AlphaSource;

    private const string Timeline = """
        - id: forum
          date: 1992-12
          title: {kk: Форум өтті, en: The forum is held}
          cite: "@alpha, p. 10"
        """;

    private const string Organisation = """
        - id: assembly
          name: {kk: Ассамблея, en: Assembly}
          note: {kk: Кеңесші орган, en: An advisory body}
          cite: "@alpha"
        - id: fund
          parent: assembly
          name: {kk: Ассамблея қоры – әлеуметтік маңызы бар жобаларға арналған қор, en: Assembly Fund for socially important projects of every region}
          cite: "@alpha, p. 12"
        """;

    private const string Places = """
        - id: almaty
          name: {kk: Алматы, en: Almaty}
          lon: 76.95
          lat: 43.25
          events: [forum]
        """;

    private const string Outline = """
        credit: {kk: Шекара, en: Border}
        rings:
          - "50,40 88,40 88,56 50,56"
        """;

    private readonly FixtureSite _site = new FixtureSite()
        .Write("data/sources.yml", Sources)
        .Write("data/timeline.yml", Timeline)
        .Write("data/organisation.yml", Organisation)
        .Write("data/places.yml", Places)
        .Write("data/map-outline.yml", Outline)
        .Article("history", "bodies", "kk", "Органдар", "Сызба [@alpha].\n\n```orgchart\n```\n\nКарта [@alpha].\n\n```map\n```\n", "infobox:\n  founded: 1995\n")
        .Article("history", "bodies", "en", "Bodies", "Diagram [@alpha].\n\n```orgchart\n```\n\nMap [@alpha].\n\n```map\n```\n", "infobox:\n  founded: 1995\n");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("kk", "Ассамблея", "Алматы", "Форум өтті")]
    [InlineData("en", "Assembly", "Almaty", "The forum is held")]
    public async Task The_org_diagram_and_the_map_are_drawn_with_a_text_alternative_and_sources(string lang, string root, string place, string eventTitle)
    {
        var result = await _site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Html($"{lang}/history/bodies/index.html");

        var org = page.QuerySelector("main figure.diagram--org")!;
        var svg = org.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.All(svg.GetAttribute("aria-labelledby")!.Split(' '), id => Assert.NotNull(page.GetElementById(id)));
        var boxes = svg.QuerySelectorAll("g.diagram__box");
        Assert.Equal(2, boxes.Length);
        Assert.Equal(root, boxes[0].TextContent);
        Assert.True(boxes[1].QuerySelectorAll("text").Length >= 2, "a long name wraps to lines");
        Assert.Single(svg.QuerySelectorAll("path.diagram__link"));
        var list = org.QuerySelector("details.diagram__list > ul > li")!;
        Assert.StartsWith(root, list.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("ul > li sup.cite a[href^='#ref-']"));

        var map = page.QuerySelector("main figure.diagram--map")!;
        Assert.NotNull(map.QuerySelector("svg[role=img] path.diagram__land"));
        Assert.Equal("1", map.QuerySelector("g.diagram__marker text")!.TextContent);
        var item = map.QuerySelector(".diagram__places ol > li")!;
        Assert.Contains(place, item.TextContent, StringComparison.Ordinal);
        Assert.Contains(eventTitle, item.TextContent, StringComparison.Ordinal);
        Assert.NotNull(item.QuerySelector("sup.cite a[href^='#ref-']"));

        var thumbnail = page.QuerySelector("aside.infobox a.infobox__figure")!;
        Assert.Equal("#" + org.Id, thumbnail.GetAttribute("href"));
        Assert.Equal("true", thumbnail.QuerySelector(".infobox__thumb")!.GetAttribute("aria-hidden"));
    }

    [Theory]
    [InlineData("organisation.yml", "- id: a\n  name: {kk: А, en: A}\n  cite: \"@alpha\"\n- id: b\n  parent: nobody\n  name: {kk: Б, en: B}\n  cite: \"@alpha\"\n", 5, 11)]
    [InlineData("organisation.yml", "- id: a\n  parent: b\n  name: {kk: А, en: A}\n  cite: \"@alpha\"\n- id: b\n  parent: a\n  name: {kk: Б, en: B}\n  cite: \"@alpha\"\n", 2, 11)]
    [InlineData("places.yml", "- id: p\n  name: {kk: П, en: P}\n  lon: 76\n  lat: 43\n  events: [no-such-event]\n", 5, 12)]
    [InlineData("places.yml", "- id: p\n  name: {kk: П, en: P}\n  lon: 10\n  lat: 43\n  events: [forum]\n", 1, 3)]
    public async Task Data_the_figures_cannot_draw_is_KHA0687_at_its_place(string file, string text, int line, int column)
    {
        _site.Write("data/" + file, text);
        var result = await _site.BuildAsync(write: false);
        Assert.Contains(result.Diagnostics, d => d.Code.Id == "KHA0687" && d.Location.File.EndsWith(file, StringComparison.Ordinal)
            && (d.Location.Line, d.Location.Column) == (line, column));
        Assert.False(result.Succeeded);
    }
}
