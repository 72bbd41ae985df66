using System.Diagnostics;
using System.Text.RegularExpressions;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Book;

/// <summary>Every language's book of the real encyclopedia through EPUBCheck, the reference validator: no error, no warning.</summary>
[Collection(VerificationCollection.Name)]
public sealed partial class EpubCheckTests(VerificationFixture fixture)
{
    [VerifyFact(Needs.RealSite | Needs.EpubCheck)]
    public async Task Every_book_of_the_real_site_passes_epubcheck_with_no_error_or_warning()
    {
        Tools.Require(Needs.RealSite | Needs.EpubCheck);
        var site = await fixture.RealSiteAsync();
        var books = Directory.GetFiles(site.OutputDir, "*.epub", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        // A book per language of the site, the Latin-script edition included.
        var languages = site.Pages.Where(p => p.Lang.Length > 0 && p.SitePath.Contains('/', StringComparison.Ordinal)).Select(p => p.SitePath.Split('/')[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(languages, books.Select(b => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(b)))!).Order(StringComparer.Ordinal));
        var reports = await Task.WhenAll(books.Select(CheckAsync));
        foreach (var (book, exit, output) in reports)
        {
            var counts = Messages().Match(output);
            Assert.True(counts.Success, $"{book}: EPUBCheck printed no summary:\n{output}");
            Assert.True(exit == 0 && counts.Groups["fatal"].Value == "0" && counts.Groups["error"].Value == "0" && counts.Groups["warning"].Value == "0",
                $"{book}:\n{output}");
        }
    }

    private static async Task<(string Book, int Exit, string Output)> CheckAsync(string book)
    {
        var start = new ProcessStartInfo(Tools.JavaPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-jar", Tools.EpubCheckJar, book }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (book, process.ExitCode, await output + await errors);
    }

    [GeneratedRegex(@"Messages: (?<fatal>\d+) fatals? / (?<error>\d+) errors? / (?<warning>\d+) warnings?")]
    private static partial Regex Messages();
}
