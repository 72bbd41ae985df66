using KhaSite.Model;
using KhaSite.Tests.Hostile;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>
/// A small site keeps every parsed body for the whole build (<see cref="ModelBuilder.TreeBudget"/>); a large one parses
/// a body again wherever it is read. Both paths must give the same site, byte for byte.
/// </summary>
public class ParsedBodyBudgetTests
{
    [Fact]
    public async Task The_real_site_is_byte_identical_whether_its_parsed_bodies_are_kept_or_parsed_again()
    {
        using var scratch = new Scratch();
        var options = new BuildOptions(RepoPaths.Input, RepoPaths.Theme, Path.Combine(scratch.Root, "kept"), Book: true);
        var kept = await SiteBuilder.BuildAsync(options, write: true);
        var parsedAgain = await SiteBuilder.BuildAsync(options with { OutputDir = Path.Combine(scratch.Root, "again"), TreeBudget = 0 }, write: true);
        Assert.True(kept.Succeeded && parsedAgain.Succeeded, string.Join("\n", kept.Diagnostics.Concat(parsedAgain.Diagnostics)));

        // Each build took its own path: the kept trees are read as they are, the others parsed at every read.
        var keptVersion = kept.Model!.AllVersions.First();
        Assert.Same(keptVersion.Document, keptVersion.Document);
        var againVersion = parsedAgain.Model!.AllVersions.First();
        Assert.NotSame(againVersion.Document, againVersion.Document);

        var differences = KhaSiteProcess.Differences(KhaSiteProcess.Tree(options.OutputDir), KhaSiteProcess.Tree(Path.Combine(scratch.Root, "again")));
        Assert.True(differences.Count == 0, $"{differences.Count} file(s) differ: {string.Join(", ", differences.Take(10))}");
        Assert.True(kept.FilesWritten > 900, $"{kept.FilesWritten} files");
    }
}
