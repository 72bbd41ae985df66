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
    public void A_kazakh_line_keeps_the_position_and_the_code_and_puts_the_message_in_kazakh()
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCode.UnknownCitationKey, new SourceLocation("input/articles/history/founding.kk.md", 12, 5), "unknown", new { key = "abdraimov2032" });
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("input/articles/history/founding.kk.md(12,5): error KHA0103: unknown citation key 'abdraimov2032' (sources are listed in input/data/sources.yml)", d.ToString());
        Assert.Equal("input/articles/history/founding.kk.md(12,5): error KHA0103: белгісіз 'abdraimov2032' сілтеме кілті (дереккөздер input/data/sources.yml файлында тізілген)",
            DiagnosticLanguage.In(d, DiagnosticLanguage.Kazakh).ToString());
        Assert.Equal(d.ToString(), DiagnosticLanguage.In(d, DiagnosticLanguage.English).ToString());
    }

    [Fact]
    public void A_message_reported_as_plain_english_keeps_its_english_after_the_kazakh_title()
    {
        var d = new Diagnostic(DiagnosticCode.UnknownCitationKey, new SourceLocation("a.kk.md", 1, 1), "a message from before the catalog");
        Assert.Equal("a.kk.md(1,1): error KHA0103: белгісіз сілтеме кілті: a message from before the catalog", DiagnosticLanguage.In(d, DiagnosticLanguage.Kazakh).ToString());
    }

    [Fact]
    public void An_internal_error_is_said_in_the_language_asked_for()
    {
        var e = new ProcessingException("input/data/a.yml", new InvalidOperationException("boom"));
        Assert.Equal("error KHA9999: internal error while processing input/data/a.yml: boom", ProcessingException.Line(e));
        Assert.Equal("error KHA9999: input/data/a.yml өңделіп жатқанда ішкі қате шықты: boom", ProcessingException.Line(e, DiagnosticLanguage.Kazakh));
    }

    [Fact]
    public void A_kazakh_value_cannot_forge_a_line()
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCode.UnknownCitationKey, new SourceLocation("a.kk.md", 1, 1), "unknown", new { key = "x\ninput/forged.md(1,1): error KHA0001: y" });
        Assert.DoesNotContain('\n', DiagnosticLanguage.In(Assert.Single(bag.Sorted()), DiagnosticLanguage.Kazakh).ToString());
    }

    [Theory]
    [InlineData(new[] { "check", "--lang", "kk" }, null, "C.UTF-8", true)]
    [InlineData(new[] { "check" }, "kk", "C.UTF-8", true)]
    [InlineData(new[] { "check", "--lang", "en" }, "kk", "kk_KZ.UTF-8", false)]
    [InlineData(new[] { "check" }, null, "C.UTF-8", false)]
    [InlineData(new[] { "check" }, null, "kk_KZ.UTF-8", true)]
    [InlineData(new[] { "check" }, "en", "kk_KZ.UTF-8", false)]
    public async Task The_command_line_prints_kazakh_when_asked(string[] args, string? environment, string locale, bool kazakh)
    {
        using var site = Contributor.Site().Article("history", "founding", "kk", "Құрылуы", "Ассамблея 1995 жылы құрылды [@nosuchsource].", "category: event\n");
        var result = await KhaSiteProcess.RunAsync(site.Root, new Dictionary<string, string?> { ["KHASITE_LANG"] = environment, ["LC_ALL"] = locale, ["LANG"] = locale, ["CI"] = "1" },
            [.. args, "--input", site.Input, "--theme", Support.RepoPaths.Theme]);
        Assert.Equal(1, result.Exit);
        Assert.Contains("founding.kk.md(6,", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(kazakh, result.StdOut.Contains("error KHA0103: белгісіз 'nosuchsource' сілтеме кілті", StringComparison.Ordinal));
        Assert.Equal(!kazakh, result.StdOut.Contains("error KHA0103: unknown citation key 'nosuchsource'", StringComparison.Ordinal));
    }
}
