namespace KhaSite.Load;

/// <summary><c>input/site.yml</c>: the site's titles, address, languages and sections.</summary>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText Description,
    Uri BaseUrl,
    string? Repository,
    string Branch,
    IReadOnlyList<string> Languages,
    string DefaultLanguage,
    IReadOnlyList<SectionConfig> Sections,
    string File,
    Located<string>? Featured = null,
    IReadOnlyList<Located<string>>? KeyFigures = null,
    IReadOnlyList<Language>? LanguageSettings = null)
{
    /// <summary>
    /// The settings of one of <see cref="Languages"/>: as site.yml gives them, else KhaSite's defaults (a config built
    /// by hand in a test may list codes only).
    /// </summary>
    public Language Language(string code)
    {
        // An indexed loop, not a lambda or a foreach: this is asked for many times per page, and a closure or a boxed
        // enumerator per call added up.
        if (LanguageSettings is { } settings)
            for (var i = 0; i < settings.Count; i++)
                if (settings[i].Code == code) return settings[i];
        return LanguageDefaults.Find(code) ?? throw new ArgumentException($"'{code}' is not one of the site's languages", nameof(code));
    }

    /// <summary>The languages written by hand: those of the Markdown files and the YAML texts (not a script edition's).</summary>
    public IReadOnlyList<string> WrittenLanguages => Languages.Where(code => LanguageSettings is null || Language(code).From is null).ToArray();

    /// <summary>The path the site is served under, e.g. <c>/khasite/</c> for a GitHub project page.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, sitePath).AbsoluteUri;
}

public sealed record SectionConfig(string Id, LocalizedText Title, LocalizedText Description);
