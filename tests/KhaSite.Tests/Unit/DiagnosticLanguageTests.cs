using KhaSite.Diagnostics;
using KhaSite.Tests.Contributors;
using KhaSite.Tests.Hostile;

namespace KhaSite.Tests.Unit;

public class DiagnosticLanguageTests
{
    [Fact]
    public void Every_code_has_a_kazakh_and_an_english_title()
    {
        foreach (var code in DiagnosticCode.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(DiagnosticLanguage.Title(code, DiagnosticLanguage.English)), code.Id);
            var kk = DiagnosticLanguage.Title(code, DiagnosticLanguage.Kazakh);
            Assert.True(!string.IsNullOrWhiteSpace(kk), $"{code.Id} ({code.Title}) has no Kazakh title in src/Diagnostics/Titles/kk.yml");
            Assert.True(kk.Any(c => c is >= 'а' and <= 'я' or 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'і'), $"{code.Id}: '{kk}' is not Kazakh");
        }
    }

    [Fact]
    public void A_kazakh_line_keeps_the_position_the_code_and_the_message()
    {
        var d = new Diagnostic(DiagnosticCode.UnknownCitationKey, new SourceLocation("input/articles/history/founding.kk.md", 12, 5), "unknown citation key 'abdraimov2032'");
        Assert.Equal("input/articles/history/founding.kk.md(12,5): error KHA0103: белгісіз сілтеме кілті: unknown citation key 'abdraimov2032'",
            DiagnosticLanguage.In(d, DiagnosticLanguage.Kazakh).ToString());
        Assert.Equal(d.ToString(), DiagnosticLanguage.In(d, DiagnosticLanguage.English).ToString());
    }

    [Theory]
    [InlineData(new[] { "check", "--lang", "kk" }, null, true)]
    [InlineData(new[] { "check" }, "kk", true)]
    [InlineData(new[] { "check", "--lang", "en" }, "kk", false)]
    [InlineData(new[] { "check" }, null, false)]
    public async Task The_command_line_prints_kazakh_when_asked(string[] args, string? environment, bool kazakh)
    {
        using var site = Contributor.Site().Article("history", "founding", "kk", "Құрылуы", "Ассамблея 1995 жылы құрылды [@nosuchsource].", "category: event\n");
        var result = await KhaSiteProcess.RunAsync(site.Root, new Dictionary<string, string?> { ["KHASITE_LANG"] = environment, ["CI"] = "1" }, [.. args, "--input", site.Input, "--theme", Support.RepoPaths.Theme]);
        Assert.Equal(1, result.Exit);
        Assert.Contains("founding.kk.md(6,", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(kazakh, result.StdOut.Contains("error KHA0103: белгісіз сілтеме кілті: unknown citation key", StringComparison.Ordinal));
        Assert.Contains("error KHA0103: ", result.StdOut, StringComparison.Ordinal);
    }
}
