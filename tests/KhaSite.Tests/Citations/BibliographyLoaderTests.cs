using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Citations;

public class BibliographyLoaderTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "KhaSite.Tests", "Citations", "Fixtures", name);

    private static (IReadOnlyList<SourceRecord> Items, DiagnosticBag Diagnostics) LoadText(string text, string extension = ".yml")
    {
        var dir = Path.Combine(Path.GetTempPath(), "khasite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "sources" + extension);
        File.WriteAllText(path, text);
        var diagnostics = new DiagnosticBag();
        try { return (BibliographyLoader.Load(path, diagnostics), diagnostics); }
        finally { Directory.Delete(dir, true); }
    }

    private static SourceRecord One(string yaml)
    {
        var (items, diagnostics) = LoadText(yaml);
        Assert.Empty(diagnostics.Sorted());
        return Assert.Single(items);
    }

    [Fact]
    public void Every_item_of_the_real_world_fixtures_loads_as_written()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = BibliographyLoader.Load(Fixture("csl-items.yaml"), diagnostics);
        var json = BibliographyLoader.Load(Fixture("csl-items.json"), diagnostics);
        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
        Assert.True(yaml.Count + json.Count >= 40, $"{yaml.Count + json.Count} items");
        Assert.All(yaml.Concat(json), r => Assert.NotEqual("", r.Type));
    }

    [Theory]
    [InlineData("issued: 2006", new[] { 2006 })]
    [InlineData("issued: 2006-05-03", new[] { 2006, 5, 3 })]
    [InlineData("issued: '2006-05'", new[] { 2006, 5 })]
    [InlineData("issued: {date-parts: [[2006, 5, 3]]}", new[] { 2006, 5, 3 })]
    [InlineData("issued: {date-parts: [['2006', '05']]}", new[] { 2006, 5 })]
    [InlineData("issued: [{year: 2006}]", new[] { 2006 })]
    [InlineData("issued: [{year: 2006, month: 5, day: 3}]", new[] { 2006, 5, 3 })]
    [InlineData("issued: {raw: 2006-05-03}", new[] { 2006, 5, 3 })]
    [InlineData("issued: 2000-02-29", new[] { 2000, 2, 29 })]
    [InlineData("issued: {date-parts: [[-44, 3, 15]]}", new[] { -44, 3, 15 })]
    public void Date_forms_give_their_parts(string date, int[] parts)
    {
        var record = One($"- id: a\n  type: book\n  title: T\n  {date}\n");
        Assert.Equal(parts, record.Issued);
        Assert.Equal(parts, record.DateOf("issued")!.Start);
    }

    [Fact]
    public void Ranges_seasons_circa_edtf_and_literals_are_kept()
    {
        Assert.Equal([2008], One("- id: a\n  type: book\n  issued: {date-parts: [[2006], [2008]]}\n").DateOf("issued")!.End);
        Assert.Equal([1952], One("- id: a\n  type: book\n  issued: [{year: 1951}, {year: 1952}]\n").DateOf("issued")!.End);
        Assert.Equal([2008], One("- id: a\n  type: book\n  issued: 2006/2008\n").DateOf("issued")!.End);
        Assert.Equal("2", One("- id: a\n  type: book\n  issued: {date-parts: [[1998]], season: 2}\n").DateOf("issued")!.Season);
        Assert.Equal("1", One("- id: a\n  type: book\n  issued: 2006-21\n").DateOf("issued")!.Season);
        Assert.True(One("- id: a\n  type: book\n  issued: {date-parts: [[1800]], circa: true}\n").DateOf("issued")!.Circa);
        Assert.True(One("- id: a\n  type: book\n  issued: 2006~\n").DateOf("issued")!.Circa);
        Assert.True(One("- id: a\n  type: book\n  issued: 2006?\n").DateOf("issued")!.Uncertain);
        var literal = One("- id: a\n  type: book\n  issued: {literal: Spring 1500}\n").DateOf("issued")!;
        Assert.Equal(("Spring 1500", 0), (literal.Literal, literal.Start.Count));
        Assert.Equal("forthcoming", One("- id: a\n  type: book\n  issued: forthcoming\n").DateOf("issued")!.Literal);
    }

    [Theory]
    [InlineData("issued: {date-parts: [[2006, 0]]}", 3, 25, "no month 0")]
    [InlineData("issued: {date-parts: [[2006, 13, 1]]}", 3, 25, "no month 13")]
    [InlineData("issued: 2006-13-01", 3, 11, "no month 13")]
    [InlineData("issued: 2006-05-32", 3, 11, "no day 32")]
    [InlineData("issued: 2023-02-30", 3, 11, "no day 30")]
    [InlineData("issued: 1900-02-29", 3, 11, "no day 29")]
    [InlineData("issued: [{year: 2006, month: 13}]", 3, 12, "no month 13")]
    [InlineData("issued: {raw: 2006-00-01}", 3, 17, "no month 0")]
    [InlineData("accessed: {date-parts: [[2026, 4, 31]]}", 3, 27, "no day 31")]
    [InlineData("issued: {date-parts: [[2006, May]]}", 3, 32, "not a number")]
    [InlineData("issued: {date-parts: [[2006], [2007], [2008]]}", 3, 24, "range")]
    [InlineData("issued: {date-parts: []}", 3, 24, "range")]
    [InlineData("issued: 2006-5-3-1", 3, 11, "is not a date")]
    [InlineData("issued: {season: }", 3, 11, "has no date")]
    public void Impossible_dates_are_errors_at_their_place(string date, int line, int column, string says)
    {
        var (_, diagnostics) = LoadText($"- id: a\n  type: book\n  {date}\n");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCode.BibliographyDate, error.Code);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_name_parts_and_institutions_are_kept()
    {
        var record = One("""
            - id: a
              type: book
              author:
              - {family: Gogh, given: Vincent, non-dropping-particle: van}
              - {family: Humboldt, given: Alexander, dropping-particle: von}
              - {family: Gates, given: Bill, suffix: III, comma-suffix: true}
              - {family: Mao, given: Zedong, static-ordering: true}
              - {literal: World Bank}
              - Plain Institution
              translator: [{family: T, given: U, parse-names: true}]
              container-author: [{family: C}]
              collection-editor: [{family: E}]
            """);
        var a = record.Authors;
        Assert.Equal(("van", "van Gogh"), (a[0].NonDroppingParticle, a[0].FullFamily));
        Assert.Equal("von", a[1].DroppingParticle);
        Assert.Equal(("III", true), (a[2].Suffix, a[2].CommaSuffix));
        Assert.True(a[3].StaticOrdering);
        Assert.Equal(("World Bank", true), (a[4].Family, a[4].IsLiteral));
        Assert.Equal(("Plain Institution", true), (a[5].Family, a[5].IsLiteral));
        Assert.True(record.NamesOf("translator")[0].ParseNames);
        Assert.Equal("C", record.NamesOf("container-author")[0].Family);
        Assert.Equal("E", record.NamesOf("collection-editor")[0].Family);
    }

    [Fact]
    public void A_name_without_parts_is_an_error_at_its_place()
    {
        var (_, diagnostics) = LoadText("- id: a\n  type: book\n  author: [{given: }]\n");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticCode.BibliographyName, 3, 12), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Every_standard_variable_is_kept_and_khasite_extensions_work()
    {
        var record = One("""
            - id: a
              type: chapter
              title: T
              title-en: TE
              container-title-en: CE
              note-en: NE
              UDC: "94"
              publisher-place: Almaty
              number-of-pages: 300
              collection-title: Series
              event-title: Event
              archive_location: Box 3
              original-publisher: Old
              volume: 2
              keyword: [x, y]
            """);
        Assert.Equal("Almaty", record["publisher-place"]);
        Assert.Equal("300", record["number-of-pages"]);
        Assert.Equal("Box 3", record["archive_location"]);
        Assert.Equal("x, y", record["keyword"]);
        Assert.Equal(("TE", "CE", "NE", "94"), (record["title-en"], record["container-title-en"], record["note-en"], record["UDC"]));
    }

    [Fact]
    public void An_unknown_field_is_a_warning_once_per_field_and_the_item_still_loads()
    {
        var (items, diagnostics) = LoadText("- id: a\n  type: book\n  place: X\n- id: b\n  type: book\n  place: Y\n  flavour: Z\n");
        Assert.Equal(2, items.Count);
        Assert.Equal([(3, "place"), (7, "flavour")], diagnostics.Sorted().Select(d => (d.Location.Line, d.Message.Split('\'')[1])));
        Assert.All(diagnostics.Sorted(), d => Assert.Equal(DiagnosticCode.UnknownCslField, d.Code));
        Assert.Contains("did you mean", diagnostics.Sorted().First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_is_an_error_with_a_suggestion()
    {
        var (_, diagnostics) = LoadText("- id: a\n  type: journal-article\n");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCode.UnknownItemType, error.Code);
        Assert.Contains("article-journal", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- id: a\n  type: book\n", ".yml")]
    [InlineData("references:\n- id: a\n  type: book\n", ".yaml")]
    [InlineData("---\nreferences:\n- id: a\n  type: book\n...\n", ".yml")]
    [InlineData("[\n\t{\"id\": \"a\", \"type\": \"book\"}\n]", ".json")]
    public void Bare_lists_wrappers_and_csl_json_load(string text, string extension)
    {
        var (items, diagnostics) = LoadText(text, extension);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("a", Assert.Single(items).Id.Value);
    }

    [Theory]
    [InlineData("title: not a list\n")]
    [InlineData("references: {a: 1}\n")]
    public void A_file_that_is_no_list_is_an_error(string text)
    {
        var (_, diagnostics) = LoadText(text);
        Assert.Equal(DiagnosticCode.BibliographyShape, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void Several_files_load_in_a_fixed_order()
    {
        var dir = Path.Combine(Path.GetTempPath(), "khasite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "bibliography"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "sources.yml"), "- id: main\n  type: book\n");
            File.WriteAllText(Path.Combine(dir, "bibliography", "b.json"), "[{\"id\": \"json\", \"type\": \"book\"}]");
            File.WriteAllText(Path.Combine(dir, "bibliography", "a.yaml"), "references:\n- id: yaml\n  type: book\n");
            File.WriteAllText(Path.Combine(dir, "bibliography", "notes.txt"), "ignored");
            var diagnostics = new DiagnosticBag();
            Assert.Equal(["main", "yaml", "json"], BibliographyLoader.LoadAll(dir, diagnostics).Select(r => r.Id.Value));
            Assert.Empty(diagnostics.Sorted());
        }
        finally { Directory.Delete(dir, true); }
    }
}
