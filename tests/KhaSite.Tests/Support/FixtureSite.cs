using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KhaSite.Tests.Support;

/// <summary>
/// A small site written into a temporary folder: site.yml, articles and data files given as text, the real theme.
/// Builds in-process and reads the output back as parsed HTML.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    public const string SiteYml = """
        title: {kk: Тест энциклопедиясы, en: Test encyclopedia}
        description: {kk: Сынақ сайты., en: A test site.}
        base_url: https://example.org/khasite/
        repository: https://github.com/example/khasite
        languages: [kk, en]
        default_language: kk
        sections:
          - id: history
            title: {kk: Тарихы, en: History}
            description: {kk: Тарих бөлімі., en: The history section.}
          - id: law
            title: {kk: Құқық, en: Law}
        """;

    public FixtureSite(string? siteYml = SiteYml)
    {
        Root = Path.Combine(Path.GetTempPath(), "khasite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        if (siteYml is not null) Write("site.yml", siteYml);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public BuildOptions Options => new(Input, RepoPaths.Theme, Output);

    /// <summary>Writes a file under input/ (the path uses forward slashes).</summary>
    public FixtureSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return this;
    }

    public FixtureSite Article(string section, string slug, string lang, string title, string body, string extraFrontMatter = "") =>
        Write($"articles/{section}/{slug}.{lang}.md", $"---\ntitle: {title}\nsummary: {title}.\n{extraFrontMatter}---\n{body}\n");

    public Task<BuildResult> BuildAsync(bool write = true) => SiteBuilder.BuildAsync(Options, write);

    /// <summary>Where <see cref="CleanBuildAsync"/> writes: beside the output, which the cache tests build into.</summary>
    public string CleanOutput => Path.Combine(Root, "clean");

    /// <summary>A build of the input anew, with no cache, into an emptied <see cref="CleanOutput"/>: what a cached build must equal.</summary>
    public async Task<BuildResult> CleanBuildAsync(string? theme = null)
    {
        if (Directory.Exists(CleanOutput)) Directory.Delete(CleanOutput, recursive: true);
        return await SiteBuilder.BuildAsync(new BuildOptions(Input, theme ?? RepoPaths.Theme, CleanOutput), write: true);
    }

    /// <summary>The build's diagnostics as printed, in order.</summary>
    public static List<string> Printed(BuildResult result) => [.. result.Diagnostics.Select(d => d.ToString())];

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public IDocument Html(string path) => new HtmlParser().ParseDocument(ReadOutput(path));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
