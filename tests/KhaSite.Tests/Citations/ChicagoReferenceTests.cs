using System.Diagnostics;
using System.Text.RegularExpressions;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Render.Citations;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Citations;

/// <summary>
/// English references are byte-identical to <c>pandoc --citeproc</c> (2.17, its default Chicago author-date style):
/// Fixtures/chicago-expected.tsv holds Pandoc's HTML for each item of chicago-items.yaml; where Pandoc is installed
/// the expectations are regenerated and must not differ from the committed ones.
/// </summary>
public sealed partial class ChicagoReferenceTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "KhaSite.Tests", "Citations", "Fixtures", name);

    private static readonly Dictionary<string, SourceRecord> Items = Load();

    private static Dictionary<string, SourceRecord> Load()
    {
        var diagnostics = new DiagnosticBag();
        var items = BibliographyLoader.Load(Fixture("chicago-items.yaml"), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return items.ToDictionary(i => i.Id.Value, StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Expected(string tsv) =>
        tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    public static TheoryData<string> Ids => new(Expected(File.ReadAllText(Fixture("chicago-expected.tsv"))).Keys);

    [Fact]
    public void The_fixture_has_at_least_thirty_items_of_ten_types()
    {
        Assert.True(Items.Count >= 30, $"{Items.Count} items");
        Assert.True(Items.Values.Select(i => i.Type).Distinct().Count() >= 10);
        Assert.Equal(Items.Keys.Order(StringComparer.Ordinal), Expected(File.ReadAllText(Fixture("chicago-expected.tsv"))).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Items.Keys.Order(StringComparer.Ordinal), Expected(File.ReadAllText(Fixture("gost-expected.tsv"))).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_english_reference_is_pandocs(string id) =>
        Assert.Equal(Expected(File.ReadAllText(Fixture("chicago-expected.tsv")))[id], ReferenceFormatter.Format(Items[id], LanguageDefaults.English));

    public static TheoryData<string> GostIds => new(Expected(File.ReadAllText(Fixture("gost-expected.tsv"))).Keys);

    /// <summary>The same items in Kazakh, against records written out by hand after GOST R 7.0.100-2018.</summary>
    [Theory]
    [MemberData(nameof(GostIds))]
    public void Each_kazakh_reference_is_a_gost_record(string id) =>
        Assert.Equal(Expected(File.ReadAllText(Fixture("gost-expected.tsv")))[id], ReferenceFormatter.Format(Items[id], LanguageDefaults.Kazakh));

    [Fact]
    public void The_expectations_are_what_pandoc_writes()
    {
        var html = Pandoc();
        if (html is null)
        {
            Assert.True(Environment.GetEnvironmentVariable("KHASITE_REQUIRE_ALL") != "1", "pandoc is required (apt-get install pandoc)");
            return;
        }
        var generated = string.Concat(Entry().Matches(html).Select(m => $"{m.Groups["id"].Value}\t{m.Groups["html"].Value}\n"));
        Assert.Equal(File.ReadAllText(Fixture("chicago-expected.tsv")), generated);
    }

    /// <summary>Pandoc's bibliography of every fixture item (one run: the items have distinct authors, so no "———" or 2004a).</summary>
    private static string? Pandoc()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"khasite-pandoc-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            File.Copy(Fixture("chicago-items.yaml"), Path.Combine(dir, "items.yaml"));
            File.WriteAllText(Path.Combine(dir, "doc.md"), "---\nbibliography: items.yaml\nnocite: \"@*\"\n---\n");
            using var process = Process.Start(new ProcessStartInfo("pandoc", "--citeproc -t html --wrap=none doc.md")
            {
                WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error.Result);
            return output.Result;
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
        finally { Directory.Delete(dir, true); }
    }

    [GeneratedRegex("<div id=\"ref-(?<id>[^\"]+)\" class=\"csl-entry\" role=\"doc-biblioentry\">\n(?<html>.*?)\n</div>", RegexOptions.Singleline)]
    private static partial Regex Entry();
}
