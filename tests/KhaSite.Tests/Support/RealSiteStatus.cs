using KhaSite.Diagnostics;

namespace KhaSite.Tests.Support;

/// <summary>
/// Whether the real encyclopedia in <c>input/</c> builds (checked once per test run, without writing anything).
/// Its content is written alongside the code, so locally the real-site tests skip while it has errors;
/// under CI (or <c>KHASITE_REQUIRE_ALL</c>) they run and fail.
/// </summary>
public static class RealSiteStatus
{
    private static readonly Lazy<string?> Problem = new(Check);

    /// <summary>Null when the real site builds; otherwise why it does not, with its first errors.</summary>
    public static string? BuildProblem => Problem.Value;

    public static BuildOptions Options(string outputDir) => new(RepoPaths.Input, RepoPaths.Theme, outputDir);

    private static string? Check()
    {
        if (!File.Exists(Path.Combine(RepoPaths.Input, "site.yml")))
            return $"the real site has no {Path.Combine(RepoPaths.Input, "site.yml")}";
        try
        {
            var result = SiteBuilder.BuildAsync(Options(""), write: false).GetAwaiter().GetResult();
            if (result.Succeeded) return null;
            var first = result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(3).Select(d => d.ToString());
            return $"the real site in input/ has {result.Errors} build error(s) (run 'dotnet run -- check'); first: {string.Join(" | ", first)}";
        }
        catch (Exception e)
        {
            return $"checking the real site in input/ threw {e.GetType().Name}: {e.Message}";
        }
    }
}
