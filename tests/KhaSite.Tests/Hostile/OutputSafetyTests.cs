using KhaSite.Tests.Contributors;
using KhaSite.Tests.Support;
using KhaSite.Write;

namespace KhaSite.Tests.Hostile;

/// <summary>
/// A build never deletes or overwrites what is not its own output (issue 15): each refused <c>--output</c> is run
/// through the real command line in a child process inside a fixture repository (git, input/, theme/, a home folder),
/// must end with one <c>khasite:</c> line and exit code 2, and must leave the repository and the home folder
/// byte-identical. Then the write stage itself: paths that escape the staging folder are refused, and a failure
/// while rendering or while publishing leaves the previous output byte-identical.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly Scratch _scratch = new();

    private string Repo => Path.Combine(_scratch.Root, "outer", "repo");

    private string Home => Path.Combine(_scratch.Root, "home");

    public OutputSafetyTests()
    {
        using var site = Contributor.Site();
        TestFolders.Copy(site.Input, Path.Combine(Repo, "input"));
        TestFolders.Copy(RepoPaths.Theme, Path.Combine(Repo, "theme"));
        File.WriteAllText(Path.Combine(Repo, "README.md"), "# A repository\n");
        Directory.CreateDirectory(Path.Combine(Repo, "docs"));
        File.WriteAllText(Path.Combine(Repo, "docs", "notes.md"), "Not a built site.\n");
        Contributor.Git(Repo, "2024-03-01T10:00:00+05:00", "init", "-q");
        Directory.CreateDirectory(Home);
        File.WriteAllText(Path.Combine(Home, ".profile"), "# the home folder\n");
        Directory.CreateDirectory(Path.Combine(_scratch.Root, "links"));
        File.CreateSymbolicLink(Path.Combine(_scratch.Root, "links", "to-repo"), Repo);
        File.CreateSymbolicLink(Path.Combine(_scratch.Root, "links", "to-input"), Path.Combine(Repo, "input"));
    }

    public void Dispose() => _scratch.Dispose();

    /// <summary>An output argument (run from the repository; <c>{home}</c> and <c>{links}</c> are replaced), and what the refusal says.</summary>
    public static TheoryData<string, string> RefusedOutputs => new()
    {
        { ".", "it contains the input folder" },
        { "./", "it contains the input folder" },
        { "input", "it is the input folder" },
        { "input/", "it is the input folder" },
        { "input/articles", "it lies inside the input folder" },
        { "input/articles/new-folder", "it lies inside the input folder" },
        { "theme", "it is the theme folder" },
        { "theme/assets", "it lies inside the theme folder" },
        { "..", "it contains the input folder" },
        { "../..", "it contains the input folder" },
        { "{home}", "it is the home folder" },
        { "~", "it is the home folder" },
        { "~/", "it is the home folder" },
        { "{links}/to-repo", "it contains the input folder" },
        { "{links}/to-input", "it is the input folder" },
        { "{links}/to-repo/input/data", "it lies inside the input folder" },
        { ".git", "holds files KhaSite did not write" },
        { "docs", "holds files KhaSite did not write" },
        { "README.md", "is a file, not a folder" },
        { "README.md/site", "is a file, not a folder" },
        { "README.md/site/deeper", "is a file, not a folder" },
    };

    [Theory]
    [MemberData(nameof(RefusedOutputs))]
    public async Task A_refused_output_is_one_error_line_exit_code_2_and_the_repository_untouched(string output, string message)
    {
        var before = Snapshot();
        var result = await BuildAsync("--output", Expand(output));
        AssertRefused(result, message);
        AssertUnchanged(before);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/.")]
    [InlineData("/tmp/..")]
    public void The_root_of_the_file_system_is_refused(string output)
    {
        // Checked on the guard alone: a build that got past it would write into the machine's root.
        var error = Assert.Throws<OutputFolderException>(() => OutputFolderGuard.EnsureSafe(output, Path.Combine(Repo, "input"), Path.Combine(Repo, "theme")));
        Assert.Contains("it is the root of the file system", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_of_another_program_is_refused_even_with_the_repository_elsewhere_and_force_replaces_it()
    {
        var foreign = Path.Combine(_scratch.Root, "foreign");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "keep.txt"), "mine");
        AssertRefused(await BuildAsync("--output", foreign), "holds files KhaSite did not write");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(foreign, "keep.txt")));

        var forced = await BuildAsync("--output", foreign, "--force");
        Assert.True(forced.Exit == 0, forced.Printed);
        Assert.False(File.Exists(Path.Combine(foreign, "keep.txt")));
        Assert.True(File.Exists(Path.Combine(foreign, OutputFolderGuard.Marker)));
    }

    [Fact]
    public async Task Force_does_not_lift_the_refusal_of_the_repository_itself()
    {
        var before = Snapshot();
        AssertRefused(await BuildAsync("--output", ".", "--force"), "it contains the input folder");
        AssertRefused(await BuildAsync("--output", "input", "--force"), "it is the input folder");
        AssertUnchanged(before);
    }

    [Fact]
    public async Task Every_build_marks_its_output_and_a_marked_output_is_rebuilt_without_force()
    {
        var first = await BuildAsync("--output", "output");
        Assert.True(first.Exit == 0, first.Printed);
        var marker = Path.Combine(Repo, "output", OutputFolderGuard.Marker);
        Assert.Equal(OutputFolderGuard.MarkerContent, File.ReadAllBytes(marker));
        var second = await BuildAsync("--output", "output");
        Assert.True(second.Exit == 0, second.Printed);
        Assert.False(Directory.Exists(Path.Combine(Repo, "output.staging")));
    }

    [Fact]
    public async Task A_staging_folder_left_by_a_killed_build_is_recovered()
    {
        var stale = Path.Combine(Repo, "output.staging");
        Directory.CreateDirectory(Path.Combine(stale, "kk"));
        File.WriteAllBytes(Path.Combine(stale, OutputFolderGuard.Marker), OutputFolderGuard.MarkerContent);
        File.WriteAllText(Path.Combine(stale, "kk", "half-written.html"), "<p>");
        var result = await BuildAsync("--output", "output");
        Assert.True(result.Exit == 0, result.Printed);
        Assert.False(Directory.Exists(stale));
        Assert.False(File.Exists(Path.Combine(Repo, "output", "kk", "half-written.html")));
    }

    [Theory]
    [InlineData("output.staging", "folder", "holds files KhaSite did not write")]
    [InlineData("output.staging", "file", "is a file")]
    [InlineData("output.previous", "folder", "holds files KhaSite did not write")]
    [InlineData("output.previous", "file", "is a file")]
    public async Task Something_else_where_the_build_keeps_its_own_folders_is_an_error_not_a_stack_trace(string name, string kind, string message)
    {
        // A first build, so that the second one would publish by moving files (the path that uses output.previous).
        Assert.True((await BuildAsync("--output", "output")).Exit == 0);
        var stale = Path.Combine(Repo, name);
        if (kind == "file") File.WriteAllText(stale, "someone's file");
        else
        {
            Directory.CreateDirectory(stale);
            File.WriteAllText(Path.Combine(stale, "someone.txt"), "someone's file");
        }
        var before = Snapshot();
        AssertRefused(await BuildAsync("--output", "output"), message);
        AssertUnchanged(before);
    }

    public static TheoryData<string> EscapingPaths => new()
    {
        "../outside.html", "../../outside.html", "kk/../../outside.html", "kk/../index.html", "/tmp/outside.html", "./index.html",
        "kk//index.html", "", "kk/", "..", "C:\\outside.html", "kk\\..\\..\\outside.html", "kk/\0.html",
    };

    [Theory]
    [MemberData(nameof(EscapingPaths))]
    public void The_staging_folder_and_the_preview_s_quick_pages_refuse_a_path_that_does_not_resolve_inside_them(string path)
    {
        var output = Path.Combine(_scratch.Root, "site", "output");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var before = Snapshot();
        using (var staging = new StagingFolder(output))
        {
            var error = Assert.Throws<OutputFolderException>(() => staging.Write(new OutputFile(path, [1, 2, 3])));
            Assert.Contains("refused to write", error.Message, StringComparison.Ordinal);
        }
        var replaced = Assert.Throws<OutputFolderException>(() => new Preview.QuickPages().Put(output, path, [1]));
        Assert.Contains("refused to write", replaced.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_scratch.Root, "site", "outside.html")));
        Assert.False(File.Exists(Path.Combine(_scratch.Root, "outside.html")));
        Assert.False(Directory.Exists(output + ".staging"));
        AssertUnchanged(before);
    }

    /// <summary>Where a failure is injected: while a page is rendered (create:), or while the rebuild's files move in (move:).</summary>
    public static TheoryData<string> Faults => new()
    {
        "create:kk/history/founding/index.html",
        "create:sitemap.xml",
        "move:en/history/founding/index.html",
        "move:sitemap.xml",
        "move:en/history/index.html",
        "move:kk/history/old/index.html",
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failure_while_rendering_or_publishing_leaves_the_previous_output_byte_identical(string fault)
    {
        var site = Path.Combine(Repo, "input");
        var options = new BuildOptions(site, Path.Combine(Repo, "theme"), Path.Combine(_scratch.Root, "published"));
        File.WriteAllText(Path.Combine(site, "articles/history/old.kk.md"), "---\ntitle: Ескі\nsummary: Ескі мақала.\n---\nЕскі мәтін.\n");
        File.WriteAllText(Path.Combine(site, "articles/history/old.en.md"), "---\ntitle: Old\nsummary: An old article.\n---\nOld text.\n");
        Assert.True((await SiteBuilder.BuildAsync(options, write: true)).Succeeded);
        var previous = KhaSiteProcess.Tree(options.OutputDir);

        // The rebuild changes a page, adds nothing, and drops the old article: it replaces, moves aside and deletes.
        File.Delete(Path.Combine(site, "articles/history/old.kk.md"));
        File.Delete(Path.Combine(site, "articles/history/old.en.md"));
        File.AppendAllText(Path.Combine(site, "articles/history/founding.en.md"), "\nA new paragraph.\n");
        var injected = 0;
        StagingFolder.FaultInjection.Value = step =>
        {
            if (step == fault) { injected++; throw new IOException("injected failure at " + step); }
        };
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => SiteBuilder.BuildAsync(options, write: true));
        }
        finally
        {
            StagingFolder.FaultInjection.Value = null;
        }
        Assert.Equal(1, injected);
        var differences = KhaSiteProcess.Differences(previous, KhaSiteProcess.Tree(options.OutputDir));
        Assert.True(differences.Count == 0, "changed after the failed build: " + string.Join(", ", differences));
        Assert.False(Directory.Exists(options.OutputDir + ".staging"));
        Assert.False(Directory.Exists(options.OutputDir + ".previous"));

        // And the next build, with nothing failing, publishes the change.
        Assert.True((await SiteBuilder.BuildAsync(options, write: true)).Succeeded);
        Assert.NotEmpty(KhaSiteProcess.Differences(previous, KhaSiteProcess.Tree(options.OutputDir)));
        Assert.False(Directory.Exists(Path.Combine(options.OutputDir, "kk/history/old")));
    }

    [Fact]
    public async Task A_rebuild_replaces_an_outdated_marker()
    {
        var options = new BuildOptions(Path.Combine(Repo, "input"), Path.Combine(Repo, "theme"), Path.Combine(_scratch.Root, "published"));
        Assert.True((await SiteBuilder.BuildAsync(options, write: true)).Succeeded);
        var marker = Path.Combine(options.OutputDir, OutputFolderGuard.Marker);
        File.WriteAllText(marker, "written by an older KhaSite\n");
        Assert.True((await SiteBuilder.BuildAsync(options, write: true)).Succeeded);
        Assert.Equal(OutputFolderGuard.MarkerContent, File.ReadAllBytes(marker));
        Assert.False(Directory.Exists(options.OutputDir + ".previous"));
    }

    [Fact]
    public async Task A_build_killed_while_publishing_is_put_back_by_the_next_build()
    {
        var options = new BuildOptions(Path.Combine(Repo, "input"), Path.Combine(Repo, "theme"), Path.Combine(_scratch.Root, "published"));
        Assert.True((await SiteBuilder.BuildAsync(options, write: true)).Succeeded);
        var fresh = KhaSiteProcess.Tree(options.OutputDir);
        // What a kill between "move the old page aside" and "move the new one in" leaves: the page only in .previous.
        const string page = "kk/history/founding/index.html";
        var aside = Path.Combine(options.OutputDir + ".previous", "files", page);
        Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
        File.WriteAllBytes(Path.Combine(options.OutputDir + ".previous", OutputFolderGuard.Marker), OutputFolderGuard.MarkerContent);
        File.Move(Path.Combine(options.OutputDir, page), aside);

        Assert.True((await SiteBuilder.BuildAsync(options, write: true)).Succeeded);
        Assert.Empty(KhaSiteProcess.Differences(fresh, KhaSiteProcess.Tree(options.OutputDir)));
        Assert.False(Directory.Exists(options.OutputDir + ".previous"));
    }

    /// <summary>Runs the command line in the fixture repository. Every output a case names lies inside the scratch folder
    /// (checked first), so that a broken guard can only damage the fixture, never the machine.</summary>
    private Task<KhaSiteProcess.Result> BuildAsync(params string[] args)
    {
        var output = args[Array.IndexOf(args, "--output") + 1];
        var real = OutputFolderGuard.RealPath(Path.Combine(Repo, output.StartsWith('~') ? Home + output[1..] : output));
        Assert.True(OutputFolderGuard.IsSameOrInside(real, _scratch.Root), $"the case's output {real} is outside the scratch folder");
        return RunAsync(args);
    }

    private Task<KhaSiteProcess.Result> RunAsync(params string[] args) =>
        KhaSiteProcess.RunAsync(Repo, new Dictionary<string, string?> { ["HOME"] = Home },
            ["build", "--no-search", .. args]);

    private string Expand(string output) =>
        output.Replace("{home}", Home, StringComparison.Ordinal).Replace("{links}", Path.Combine(_scratch.Root, "links"), StringComparison.Ordinal);

    private static void AssertRefused(KhaSiteProcess.Result result, string message)
    {
        Assert.True(result.Exit == 2, $"exit {result.Exit}: {result.Printed}");
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, result.Printed);
        Assert.StartsWith("khasite: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(message, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Printed, StringComparison.Ordinal);
    }

    private (SortedDictionary<string, byte[]> Repo, SortedDictionary<string, byte[]> Home, SortedDictionary<string, byte[]> Scratch) Snapshot() =>
        (KhaSiteProcess.Tree(Repo), KhaSiteProcess.Tree(Home), TopLevel());

    private SortedDictionary<string, byte[]> TopLevel() =>
        new(Directory.EnumerateFileSystemEntries(_scratch.Root).ToDictionary(e => Path.GetFileName(e), _ => Array.Empty<byte>()), StringComparer.Ordinal);

    private void AssertUnchanged((SortedDictionary<string, byte[]> Repo, SortedDictionary<string, byte[]> Home, SortedDictionary<string, byte[]> Scratch) before)
    {
        var after = Snapshot();
        Assert.Empty(KhaSiteProcess.Differences(before.Repo, after.Repo));
        Assert.Empty(KhaSiteProcess.Differences(before.Home, after.Home));
        Assert.Empty(KhaSiteProcess.Differences(before.Scratch, after.Scratch));
    }
}
