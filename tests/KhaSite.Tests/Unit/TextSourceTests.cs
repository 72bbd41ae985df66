using KhaSite.Diagnostics;
using KhaSite.Load;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Tests.Unit;

/// <summary>A position in a YAML text's value is found where it was written, whatever the scalar's style.</summary>
public class TextSourceTests
{
    [Theory]
    [InlineData("text: plain 700 here\n", 1, 13)]
    [InlineData("text: \"quoted \\\"a\\\" 700\"\n", 1, 21)]
    [InlineData("text: 'it''s 700'\n", 1, 14)]
    [InlineData("text: >-\n  folded line one\n  and 700 on two\n", 3, 7)]
    [InlineData("text: |\n  literal\n    indented 700\n", 3, 14)]
    [InlineData("text: plain over\n  two lines 700\n", 2, 13)]
    public void The_figure_is_found_at_its_line_and_column(string yaml, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        var fields = new YamlFields("f.yml", 1, diagnostics) { Text = yaml };
        var root = (YamlMappingNode)YamlText.Parse(yaml, "f.yml", 1, diagnostics)!;
        var text = fields.Scalar(root.Children[new YamlScalarNode("text")], "text")!.Value;
        var at = text.Source!.At(text.Value, text.Value.IndexOf("700", StringComparison.Ordinal));
        Assert.Equal((line, column), (at.Line, at.Column));
    }
}
