using KhaSite.Tests.Contributors;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Hostile;

/// <summary>
/// The output (search index included) does not depend on the machine's locale or time zone: the real site and a fixture site whose pages
/// carry dates from git are built in child processes under Thai (Buddhist calendar), Saudi Arabic (Umm al-Qura
/// calendar, Arabic separators) and Turkish (dotted and dotless i) cultures in far-apart time zones, and each tree
/// must equal the invariant-culture, UTC build byte for byte. A startup hook in the child records the culture,
/// calendar and zone it really got, so a case cannot pass by silently running invariant.
/// </summary>
public sealed class CultureTests : IClassFixture<CultureTests.Baselines>
{
    public static TheoryData<string, string, string, string> Environments => new()
    {
        // LC_ALL and TZ, then the culture and calendar .NET must report in the child
        { "th_TH.UTF-8", "Pacific/Kiritimati", "th-TH", "ThaiBuddhistCalendar" },
        { "ar_SA.UTF-8", "America/St_Johns", "ar-SA", "UmAlQuraCalendar" },
        { "tr_TR.UTF-8", "Asia/Kathmandu", "tr-TR", "GregorianCalendar" },
        { "fa_IR.UTF-8", "Pacific/Chatham", "fa-IR", "PersianCalendar" },
    };

    private readonly Baselines _baselines;

    public CultureTests(Baselines baselines) => _baselines = baselines;

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task The_real_site_is_byte_identical_under_the_culture_and_zone(string locale, string zone, string culture, string calendar)
    {
        using var scratch = new Scratch();
        var output = Path.Combine(scratch.Root, "out");
        await BuildAsync(RepoPaths.Input, output, scratch, locale, zone, culture, calendar);
        AssertSameTree(_baselines.RealSite, output);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Dates_read_from_git_are_byte_identical_under_the_culture_and_zone(string locale, string zone, string culture, string calendar)
    {
        using var scratch = new Scratch();
        var output = Path.Combine(scratch.Root, "out");
        await BuildAsync(_baselines.GitSite.Input, output, scratch, locale, zone, culture, calendar);
        AssertSameTree(_baselines.GitSiteOutput, output);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Diagnostics_are_identical_under_the_culture_and_zone(string locale, string zone, string culture, string calendar)
    {
        using var scratch = new Scratch();
        var probe = Path.Combine(scratch.Root, "culture.txt");
        var result = await Check(_baselines.BrokenInput, locale, zone, probe);
        Assert.Equal($"{culture}|{calendar}|{zone}", File.ReadAllText(probe));
        Assert.Equal(1, result.Exit);
        Assert.Equal(_baselines.BrokenDiagnostics, Diagnostics(result));
    }

    [Fact]
    public void The_invariant_check_of_the_broken_copy_reports_each_breakage()
    {
        var printed = string.Join('\n', _baselines.BrokenDiagnostics);
        Assert.True(_baselines.BrokenDiagnostics.Count >= 3, printed);
        Assert.Contains("timeline.yml(", printed, StringComparison.Ordinal);
        Assert.Contains("census-2021-ethnic.yml(", printed, StringComparison.Ordinal);
        Assert.Contains("nosuchkey2099", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_invariant_fixture_build_carries_the_commit_date_from_git()
    {
        // Without this the git-dates case could pass with no date in either tree.
        var sitemap = File.ReadAllText(Path.Combine(_baselines.GitSiteOutput, "sitemap.xml"));
        Assert.Contains("<lastmod>2025-01-15T23:30:00+05:00</lastmod>", sitemap, StringComparison.Ordinal);
    }

    private static async Task BuildAsync(string input, string output, Scratch scratch, string locale, string zone, string culture, string calendar)
    {
        var probe = Path.Combine(scratch.Root, "culture.txt");
        var result = await Build(input, output, locale, zone, probe);
        Assert.True(result.Exit == 0, result.Printed);
        Assert.Equal($"{culture}|{calendar}|{zone}", File.ReadAllText(probe));
    }

    private static Task<KhaSiteProcess.Result> Build(string input, string output, string locale, string zone, string probe) =>
        KhaSiteProcess.RunAsync(RepoPaths.Root, new Dictionary<string, string?>
        {
            ["LC_ALL"] = locale,
            ["LANG"] = locale,
            ["TZ"] = zone,
            ["DOTNET_STARTUP_HOOKS"] = typeof(CultureTests).Assembly.Location,
            ["KHASITE_CULTURE_PROBE"] = probe,
        }, "build", "--input", input, "--theme", RepoPaths.Theme, "--output", output);

    private static Task<KhaSiteProcess.Result> Check(string input, string locale, string zone, string probe) =>
        KhaSiteProcess.RunAsync(RepoPaths.Root, new Dictionary<string, string?>
        {
            ["LC_ALL"] = locale,
            ["LANG"] = locale,
            ["TZ"] = zone,
            ["DOTNET_STARTUP_HOOKS"] = typeof(CultureTests).Assembly.Location,
            ["KHASITE_CULTURE_PROBE"] = probe,
        }, "check", "--input", input, "--theme", RepoPaths.Theme);

    /// <summary>The diagnostic lines of a run (the timings around them differ from run to run).</summary>
    private static List<string> Diagnostics(KhaSiteProcess.Result result) =>
        result.Printed.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(": error KHA", StringComparison.Ordinal) || l.Contains(": warning KHA", StringComparison.Ordinal)).ToList();

    private static void AssertSameTree(string expected, string actual)
    {
        var differences = KhaSiteProcess.Differences(KhaSiteProcess.Tree(expected), KhaSiteProcess.Tree(actual));
        Assert.True(differences.Count == 0, $"{differences.Count} file(s) differ from the invariant build: {string.Join(", ", differences.Take(10))}");
    }

    /// <summary>The invariant-culture, UTC builds every case is compared with (built once per test run).</summary>
    public sealed class Baselines : IAsyncLifetime
    {
        private readonly Scratch _scratch = new();

        public string RealSite => Path.Combine(_scratch.Root, "real");

        public FixtureSite GitSite { get; } = Contributor.Site();

        public string GitSiteOutput => Path.Combine(_scratch.Root, "git-site");

        public string BrokenInput => Path.Combine(_scratch.Root, "broken-input");

        public List<string> BrokenDiagnostics { get; private set; } = [];


        public async Task InitializeAsync()
        {
            const string first = "2024-03-01T10:00:00+05:00", second = "2025-01-15T23:30:00+05:00";
            Contributor.Git(GitSite.Root, first, "init", "-q");
            Contributor.Git(GitSite.Root, first, "add", "input");
            Contributor.Git(GitSite.Root, first, "commit", "-q", "-m", "first");
            File.AppendAllText(Path.Combine(GitSite.Input, "articles/history/founding.en.md"), "\nA later paragraph.\n");
            Contributor.Git(GitSite.Root, second, "commit", "-q", "-am", "second");

            // A copy of the real input with a date, a number and a citation broken: its diagnostics carry numbers and dates.
            TestFolders.Copy(RepoPaths.Input, BrokenInput);
            File.AppendAllText(Path.Combine(BrokenInput, "data/timeline.yml"),
                "\n- id: broken-date\n  date: 2024-13-01\n  title: {kk: Қате, en: Broken}\n  cite: \"@abdraimov2023\"\n");
            var census = Path.Combine(BrokenInput, "data/statistics/census-2021-ethnic.yml");
            File.WriteAllText(census, File.ReadAllText(census).Replace("value: 70.4}", "value: 90.4}", StringComparison.Ordinal));
            File.AppendAllText(Path.Combine(BrokenInput, "articles/history/concept-2020.en.md"), "\nA claim [@nosuchkey2099, p. 1234].\n");

            var probe = Path.Combine(_scratch.Root, "culture.txt");
            var check = await Check(BrokenInput, "C", "UTC", probe);
            Assert.Equal(1, check.Exit);
            BrokenDiagnostics = Diagnostics(check);
            foreach (var (input, output) in new[] { (RepoPaths.Input, RealSite), (GitSite.Input, GitSiteOutput) })
            {
                var result = await Build(input, output, "C", "UTC", probe);
                Assert.True(result.Exit == 0, result.Printed);
                Assert.Equal("|GregorianCalendar|UTC", File.ReadAllText(probe));
            }
        }

        public Task DisposeAsync()
        {
            GitSite.Dispose();
            _scratch.Dispose();
            return Task.CompletedTask;
        }
    }
}

/// <summary>A temporary folder deleted at the end of a test.</summary>
public sealed class Scratch : IDisposable
{
    public string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "khasite-tests", "scratch-" + Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
