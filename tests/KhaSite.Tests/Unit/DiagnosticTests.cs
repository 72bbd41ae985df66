using KhaSite.Diagnostics;

namespace KhaSite.Tests.Unit;

public class DiagnosticTests
{
    [Fact]
    public void Prints_in_the_compiler_convention()
    {
        var d = new Diagnostic(DiagnosticCode.UnknownCitationKey, new SourceLocation("input/articles/history/founding.kk.md", 12, 5), "unknown citation key 'abdraimov2032'");
        Assert.Equal("input/articles/history/founding.kk.md(12,5): error KHA0103: unknown citation key 'abdraimov2032'", d.ToString());
    }

    [Fact]
    public void Codes_are_unique()
    {
        Assert.Equal(DiagnosticCode.All.Count, DiagnosticCode.All.Select(c => c.Number).Distinct().Count());
    }

    [Fact]
    public void Every_code_is_documented_in_docs_diagnostics_md()
    {
        var doc = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "diagnostics.md"));
        foreach (var code in DiagnosticCode.All)
            Assert.True(doc.Contains($"| {code.Id} |", StringComparison.Ordinal), $"{code.Id} ({code.Title}) is not documented in docs/diagnostics.md");
    }
}
