using YamlDotNet.RepresentationModel;

namespace KhaSite.Diagnostics;

/// <summary>
/// The language diagnostics are printed in: <c>--lang</c>, else <c>KHASITE_LANG</c>, else the system's UI language
/// when KhaSite has it, else English. Each message comes from the catalog (<see cref="DiagnosticCatalog"/>) in that
/// language; the code, the position and the line format are the same in every language, so editors and CI annotate
/// a Kazakh line as they do an English one.
/// </summary>
public static class DiagnosticLanguage
{
    public const string English = "en";
    public const string Kazakh = "kk";

    public static readonly IReadOnlyList<string> Supported = [English, Kazakh];

    /// <summary>For <c>--lang</c>: the language the site's originals are written in (site.yml's <c>default_language</c>), else English.</summary>
    public const string Site = "site";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> KazakhTitles = new(() => LoadTitles(Kazakh));

    /// <summary>The language <c>KHASITE_LANG</c> names, else the system's UI language, else English (each only when KhaSite has it).</summary>
    public static string FromEnvironment() =>
        Environment.GetEnvironmentVariable("KHASITE_LANG") is { } named && !string.IsNullOrWhiteSpace(named)
            ? Known(named) ?? English
            : Known(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? English;

    /// <summary>The supported language a code or culture name (<c>kk</c>, <c>kk-KZ</c>, <c>KK</c>) stands for, or null.</summary>
    public static string? Known(string name)
    {
        var lang = name.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(lang) ? lang : null;
    }

    /// <summary>The title of a code in a language, or null when that language has none for it.</summary>
    public static string? Title(DiagnosticCode code, string lang) =>
        lang == English ? code.Title : lang == Kazakh ? KazakhTitles.Value.GetValueOrDefault(code.Id) : null;

    /// <summary>The diagnostic as printed in <paramref name="lang"/> (a message reported as plain English keeps its English, after the code's title).</summary>
    public static Diagnostic In(Diagnostic diagnostic, string lang) =>
        lang == English || !Supported.Contains(lang) ? diagnostic
        : diagnostic.Text is { } text ? diagnostic with { Message = Diagnostic.Printable(DiagnosticCatalog.Render(diagnostic.Code, text, lang)) }
        : Title(diagnostic.Code, lang) is { } title ? diagnostic with { Message = title + ": " + diagnostic.Message }
        : diagnostic;

    private static Dictionary<string, string> LoadTitles(string lang)
    {
        using var resource = typeof(DiagnosticLanguage).Assembly.GetManifestResourceStream($"KhaSite.Diagnostics.Titles.{lang}.yml")
            ?? throw new InvalidOperationException($"the diagnostic titles for '{lang}' are not embedded");
        using var reader = new StreamReader(resource);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)yaml.Documents[0].RootNode).Children)
            titles[((YamlScalarNode)key).Value!] = ((YamlScalarNode)value).Value!;
        return titles;
    }
}
