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

    /// <summary>Each code's section shows its first message as printed in English and in Kazakh, and the fix in both.</summary>
    [Fact]
    public void Every_code_has_its_messages_and_fix_in_both_languages_in_docs_diagnostics_md()
    {
        var doc = File.ReadAllText(Path.Combine(Support.RepoPaths.Root, "docs", "diagnostics.md")).ReplaceLineEndings("\n");
        foreach (var code in DiagnosticCode.All)
        {
            var heading = $"### {code.Id} · {code.Title} · {DiagnosticLanguage.Title(code, DiagnosticLanguage.Kazakh)}\n";
            var start = doc.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/diagnostics.md has no section '{heading.TrimEnd()}'");
            var end = doc.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
            var section = end < 0 ? doc[start..] : doc[start..end];
            foreach (var lang in new[] { DiagnosticLanguage.English, DiagnosticLanguage.Kazakh })
            {
                var line = $"<file>(<line>,<column>): {(code.Severity == Severity.Error ? "error" : "warning")} {code.Id}: {Example(code, lang)}";
                Assert.True(section.Contains(line + "\n", StringComparison.Ordinal), $"docs/diagnostics.md, {code.Id}: expected the example\n{line}\n(the first message of Messages/{lang}.yml)");
            }
            Assert.Contains("\n- Fix: ", section, StringComparison.Ordinal);
            Assert.Contains("\n- Түзету: ", section, StringComparison.Ordinal);
        }
    }

    /// <summary>The code's first message in the catalog with each placeholder shown as <c>&lt;name&gt;</c>.</summary>
    private static string Example(DiagnosticCode code, string lang)
    {
        var key = DiagnosticCatalog.Templates(DiagnosticLanguage.English).Keys.First(k => k == code.Id || k.StartsWith(code.Id + ".", StringComparison.Ordinal));
        var template = DiagnosticCatalog.Templates(lang)[key];
        var names = DiagnosticCatalog.Placeholders(template).Distinct().ToDictionary(n => n, n => (object)$"<{n}>");
        return DiagnosticCatalog.Fill(template, new DiagnosticText("", [.. names]), lang);
    }
}
