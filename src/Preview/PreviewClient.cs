namespace KhaSite.Preview;

/// <summary>
/// The script the preview server adds to every HTML page it serves (never to the built files). It listens to the
/// server's events: when a newer site has been built it reloads the page; while the latest build has errors it
/// shows them over the page (file, line, column, code, message), and clears them once a build succeeds.
/// </summary>
public static class PreviewClient
{
    public const string Path = PreviewServer.Prefix + "preview.js";

    public const string EventsPath = PreviewServer.Prefix + "events";

    public const string StatePath = PreviewServer.Prefix + "state";

    /// <summary>The tag inserted before <c>&lt;/body&gt;</c>: it names the version of the site the page came from.</summary>
    public static string Tag(string version) => Render.Html.ScriptTag(Path, ("data-khasite-version", version));

    /// <summary>The script (<c>src/Preview/preview.js</c>, embedded in the program) with the address of the server's events.</summary>
    public static string Source { get; } = Resource("preview.js").Replace("__EVENTS__", EventsPath, StringComparison.Ordinal);

    /// <summary>The page served before the first good build (<c>src/Preview/no-site.html</c>).</summary>
    public static string NoSiteYet { get; } = Resource("no-site.html").Replace("__LANG__", Load.LanguageDefaults.MessagesLanguage, StringComparison.Ordinal);

    private static string Resource(string name)
    {
        using var stream = typeof(PreviewClient).Assembly.GetManifestResourceStream("KhaSite.Preview." + name)
            ?? throw new InvalidOperationException($"the program lacks its resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
