using KhaSite.Diagnostics;
using KhaSite.Load;

namespace KhaSite.Tests.Unit;

public class FrontMatterReaderTests
{
    [Fact]
    public void Splits_front_matter_from_body_and_counts_the_body_first_line()
    {
        var split = FrontMatterReader.SplitText("---\ntitle: A\nsummary: B\n---\nBody line\n");
        Assert.Equal("title: A\nsummary: B", split.Yaml);
        Assert.Equal("Body line\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void Text_without_opening_dashes_has_no_front_matter()
    {
        var split = FrontMatterReader.SplitText("title: A\n---\n");
        Assert.Null(split.Yaml);
    }

    [Fact]
    public void Reads_a_weight_and_reports_one_that_is_no_number()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(1995.1, FrontMatterReader.Read("title: A\nweight: 1995.1", "a.kk.md", diagnostics).Weight);
        Assert.Null(FrontMatterReader.Read("title: A", "a.kk.md", diagnostics).Weight);
        Assert.Empty(diagnostics.Sorted());
        Assert.Null(FrontMatterReader.Read("title: A\nweight: first", "a.kk.md", diagnostics).Weight);
        Assert.Contains("'weight'", Assert.Single(diagnostics.Sorted()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_typed_fields_with_their_positions()
    {
        var diagnostics = new DiagnosticBag();
        var front = FrontMatterReader.Read("title: Құрылуы\nsummary: Қысқаша.\ncategory: event\ntags: [founding, decree]\ninfobox:\n  founded: 1995-03-01\nsee_also:\n  - ../law/x.kk.md", "a.kk.md", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("Құрылуы", front.Title?.Value);
        Assert.Equal(new SourceLocation("a.kk.md", 2, 8), front.Title?.Location);
        Assert.Equal(["founding", "decree"], front.Tags.Select(t => t.Value));
        var entry = Assert.Single(front.Infobox);
        Assert.Equal(("founded", "1995-03-01"), (entry.Key.Value, entry.Value.Value));
        Assert.Equal("../law/x.kk.md", Assert.Single(front.SeeAlso).Value);
        Assert.Equal(9, front.SeeAlso[0].Location.Line);
    }

    [Fact]
    public void Reads_aliases_as_a_list_of_names()
    {
        var diagnostics = new DiagnosticBag();
        var front = FrontMatterReader.Read("title: Қазақстан халқы Ассамблеясы\naliases: [ҚХА, APK, Ассамблея народа Казахстана]", "a.kk.md", diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["ҚХА", "APK", "Ассамблея народа Казахстана"], front.Aliases.Select(a => a.Value));
        Assert.Equal(3, front.Aliases[0].Location.Line);
    }

    [Fact]
    public void Unknown_field_is_an_error_at_the_key_with_a_suggestion()
    {
        var diagnostics = new DiagnosticBag();
        FrontMatterReader.Read("title: A\nsumary: B", "a.kk.md", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCode.UnknownField, d.Code);
        Assert.Equal(new SourceLocation("a.kk.md", 3, 1), d.Location);
        Assert.Contains("did you mean 'summary'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_error_points_inside_the_file_not_at_line_one()
    {
        var diagnostics = new DiagnosticBag();
        var front = FrontMatterReader.Read("title: A\nsummary: B\nsee_also: [a, b\n", "a.kk.md", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCode.YamlSyntax, d.Code);
        Assert.Equal(5, d.Location.Line);
        Assert.DoesNotContain("(Line", d.Message, StringComparison.Ordinal);
        Assert.False(front.Readable);
    }

    [Fact]
    public void Yaml_the_parser_cannot_place_is_reported_at_the_first_bad_line_not_thrown()
    {
        var diagnostics = new DiagnosticBag();
        FrontMatterReader.Read("title: A\nsummary: B\ntags: [a, b\ncategory: x", "a.kk.md", diagnostics);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCode.YamlSyntax, d.Code);
        Assert.InRange(d.Location.Line, 4, 5);
    }

    [Fact]
    public void A_list_where_a_value_belongs_is_a_type_error()
    {
        var diagnostics = new DiagnosticBag();
        var front = FrontMatterReader.Read("title: [a, b]", "a.kk.md", diagnostics);
        Assert.Null(front.Title);
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCode.WrongFieldType, d.Code);
        Assert.Equal(new SourceLocation("a.kk.md", 2, 8), d.Location);
    }
}
