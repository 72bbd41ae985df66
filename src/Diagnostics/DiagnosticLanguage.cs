using YamlDotNet.RepresentationModel;

namespace KhaSite.Diagnostics;

/// <summary>
/// The language diagnostics are printed in. English prints them as reported; Kazakh (<c>--lang kk</c> or
/// <c>KHASITE_LANG=kk</c>) puts the code's Kazakh title (Titles/kk.yml) before the message, whose quoted values and
/// details stay as written. The code, the position and the line format are the same in every language, so editors
/// and CI annotate a Kazakh line as they do an English one.
/// </summary>
public static class DiagnosticLanguage
{
    public const string English = "en";
    public const string Kazakh = "kk";

    public static readonly IReadOnlyList<string> Supported = [English, Kazakh];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> KazakhTitles = new(() => LoadTitles(Kazakh));

    /// <summary>The language <c>KHASITE_LANG</c> names, or English when it names none KhaSite has.</summary>
    public static string FromEnvironment() =>
        Environment.GetEnvironmentVariable("KHASITE_LANG")?.Trim().ToLowerInvariant() is { } lang && Supported.Contains(lang) ? lang : English;

    /// <summary>The title of a code in a language, or null when that language has none for it.</summary>
    public static string? Title(DiagnosticCode code, string lang) =>
        lang == English ? code.Title : lang == Kazakh ? KazakhTitles.Value.GetValueOrDefault(code.Id) : null;

    /// <summary>The diagnostic as printed in <paramref name="lang"/>.</summary>
    public static Diagnostic In(Diagnostic diagnostic, string lang) =>
        lang != English && Title(diagnostic.Code, lang) is { } title ? diagnostic with { Message = title + ": " + diagnostic.Message } : diagnostic;

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
