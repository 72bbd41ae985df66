namespace KhaSite.Tests.Support;

/// <summary>The outside tools the verification tests drive, as flags a test names in its attribute.</summary>
[Flags]
public enum Needs
{
    None = 0,
    /// <summary>Debian's Chromium (<c>/usr/bin/chromium</c>, or <c>KHASITE_CHROMIUM</c>).</summary>
    Chromium = 1,
    /// <summary>axe-core from <c>node_modules/</c> (<c>npm ci</c>).</summary>
    Axe = 2,
    /// <summary>A Java runtime on PATH.</summary>
    Java = 4,
    /// <summary>vnu.jar from <c>node_modules/</c> (<c>npm ci</c>).</summary>
    Vnu = 8,
    /// <summary>The real encyclopedia in <c>input/</c> builds without errors.</summary>
    RealSite = 16,
    /// <summary>Node.js on PATH: runs the page's <c>search.js</c> outside the browser (the stemmer parity test).</summary>
    Node = 32,
    /// <summary>Node.js on PATH and jsonld.js from <c>node_modules/</c>: the JSON-LD processor the structured data is expanded with.</summary>
    JsonLd = 64,
    /// <summary>The CommonMark spec's examples from <c>node_modules/</c> (npm <c>commonmark-spec</c>).</summary>
    CommonMarkSpec = 128,
    /// <summary>Java and EPUBCheck, the reference EPUB validator (Debian's <c>epubcheck</c>, or <c>KHASITE_EPUBCHECK</c>: its jar).</summary>
    EpubCheck = 256,

    /// <summary>Pages in a browser: Chromium (the search index is the build's own, so nothing else is needed).</summary>
    Browser = Chromium,
    Accessibility = Browser | Axe,
    Validator = Java | Vnu,
}

/// <summary>
/// Finds the tools and says what is missing. Locally a missing tool skips the tests that need it; when
/// <c>KHASITE_REQUIRE_ALL</c> (set by <c>.ci/run</c>) or <c>CI</c> is set, those tests run and fail instead.
/// </summary>
public static class Tools
{
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("KHASITE_CHROMIUM") is { Length: > 0 } path
        ? path
        : "/usr/bin/chromium";

    public static string NodeModules => Path.Combine(RepoPaths.Root, "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    public static string? JavaPath { get; } = FindOnPath("java");

    public static string? NodePath { get; } = FindOnPath("node");

    public static string EpubCheckJar { get; } = Environment.GetEnvironmentVariable("KHASITE_EPUBCHECK") is { Length: > 0 } jar ? jar : "/usr/share/java/epubcheck.jar";

    public static string JsonLdPackage => Path.Combine(NodeModules, "jsonld", "package.json");

    /// <summary>True where a missing tool or a broken real site must fail the tests instead of skipping them.</summary>
    public static bool RequireAll => IsSet("KHASITE_REQUIRE_ALL") || IsSet("CI");

    public static string RequireAllReason =>
        IsSet("KHASITE_REQUIRE_ALL") ? "KHASITE_REQUIRE_ALL is set" : "CI is set";

    /// <summary>Why the tools in <paramref name="needs"/> cannot be used here, or null when all are there.</summary>
    public static string? Missing(Needs needs)
    {
        var missing = new List<string>();
        if (needs.HasFlag(Needs.Chromium) && !File.Exists(ChromiumPath))
            missing.Add($"Chromium is not installed at {ChromiumPath} (apt-get install chromium)");
        if (needs.HasFlag(Needs.Axe) && !File.Exists(AxeScript))
            missing.Add($"axe-core is not in {NodeModules} (run 'npm install' in the repository root)");
        if (needs.HasFlag(Needs.Java) && JavaPath is null)
            missing.Add("Java is not on PATH (apt-get install default-jre-headless)");
        if (needs.HasFlag(Needs.Vnu) && !File.Exists(VnuJar))
            missing.Add($"vnu.jar is not in {NodeModules} (run 'npm install' in the repository root)");
        if (needs.HasFlag(Needs.Node) && NodePath is null)
            missing.Add("Node.js is not on PATH (apt-get install nodejs)");
        if (needs.HasFlag(Needs.JsonLd) && NodePath is null)
            missing.Add("Node.js is not on PATH (apt-get install nodejs)");
        if (needs.HasFlag(Needs.JsonLd) && !File.Exists(JsonLdPackage))
            missing.Add($"jsonld is not in {NodeModules} (run 'npm install' in the repository root)");
        if (needs.HasFlag(Needs.CommonMarkSpec) && !File.Exists(Path.Combine(NodeModules, "commonmark-spec", "spec.txt")))
            missing.Add($"commonmark-spec is not in {NodeModules} (run 'npm install' in the repository root)");
        if (needs.HasFlag(Needs.EpubCheck) && (JavaPath is null || !File.Exists(EpubCheckJar)))
            missing.Add($"EPUBCheck is not at {EpubCheckJar}, or Java is not on PATH (apt-get install epubcheck)");
        if (needs.HasFlag(Needs.RealSite) && RealSiteStatus.BuildProblem is { } problem)
            missing.Add(problem);
        return missing.Count == 0 ? null : string.Join("; ", missing);
    }

    /// <summary>Throws with the reason when a needed tool is missing (the test was not skipped because <see cref="RequireAll"/>).</summary>
    public static void Require(Needs needs)
    {
        if (Missing(needs) is { } reason)
            throw new InvalidOperationException($"{reason}. {RequireAllReason}, so this is a failure, not a skip.");
    }

    private static bool IsSet(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static string? FindOnPath(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
