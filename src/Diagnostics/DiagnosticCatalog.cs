using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Diagnostics;

/// <summary>
/// Every diagnostic message in every language (Messages/&lt;lang&gt;.yml, embedded): under each code either one
/// template or a mapping of variant → template; a template names its placeholders, <c>{key}</c>, which the values of
/// the <see cref="DiagnosticText"/> fill verbatim. A key that is no code holds a message several codes share (a
/// helper's, like a date's problem): a variant not found under the code is looked up there. A test keeps the
/// languages' keys and placeholders in step.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static readonly Dictionary<string, Lazy<IReadOnlyDictionary<string, string>>> Languages =
        DiagnosticLanguage.Supported.ToDictionary(lang => lang, lang => new Lazy<IReadOnlyDictionary<string, string>>(() => Load(lang)), StringComparer.Ordinal);

    /// <summary>The templates of a language keyed by <c>KHA0000</c> or <c>KHA0000.variant</c>.</summary>
    public static IReadOnlyDictionary<string, string> Templates(string lang) => Languages[lang].Value;

    public static string Key(DiagnosticCode code, string variant) => variant.Length == 0 ? code.Id : code.Id + "." + variant;

    public static bool Has(DiagnosticCode code, string variant) => Template(code, variant, DiagnosticLanguage.English) is not null;

    /// <summary>The template of a message in a language: the code's own, else the shared one of that name.</summary>
    public static string? Template(DiagnosticCode code, string variant, string lang) =>
        Templates(lang).GetValueOrDefault(Key(code, variant)) ?? (variant.Length > 0 ? Templates(lang).GetValueOrDefault(variant) : null);

    /// <summary>The message in <paramref name="lang"/>, or in English when that language lacks it.</summary>
    public static string Render(DiagnosticCode code, DiagnosticText text, string lang) =>
        Fill(Template(code, text.Variant, lang) ?? Template(code, text.Variant, DiagnosticLanguage.English)
            ?? throw new InvalidOperationException($"the diagnostic message {Key(code, text.Variant)} is not in src/Diagnostics/Messages/en.yml"), text, lang);

    /// <summary>The template with each <c>{name}</c> replaced by its value; a placeholder without a value stays as written.</summary>
    public static string Fill(string template, DiagnosticText text, string lang) =>
        Placeholder().Replace(template, m => text.Value(m.Groups[1].Value, lang) ?? m.Value);

    /// <summary>A phrase in <paramref name="lang"/>: the catalog's translation, else its English.</summary>
    public static string Phrase(Phrase phrase, string lang) =>
        lang == DiagnosticLanguage.English ? phrase.English : Translation(phrase, lang) ?? phrase.English;

    /// <summary>
    /// The catalog's translation of a phrase, or null. A phrase of the catalog may hold placeholders
    /// (<c>a name in '{field}'</c>): they match any text of the English phrase and carry it into the translation.
    /// </summary>
    public static string? Translation(Phrase phrase, string lang)
    {
        if (Templates(lang).GetValueOrDefault(PhrasePrefix + phrase.English) is { } exact) return exact;
        foreach (var (key, translation) in Templates(lang))
        {
            if (!key.StartsWith(PhrasePrefix, StringComparison.Ordinal) || !key.Contains('{', StringComparison.Ordinal)) continue;
            var names = Placeholders(key).ToArray();
            var pattern = "^" + Placeholder().Replace(Regex.Escape(key[PhrasePrefix.Length..]).Replace(@"\{", "{", StringComparison.Ordinal), "(.+?)") + "$";
            if (Regex.Match(phrase.English, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) is { Success: true } match)
                return Placeholder().Replace(translation, m => Array.IndexOf(names, m.Groups[1].Value) is var i and >= 0 ? match.Groups[i + 1].Value : m.Value);
        }
        return null;
    }

    private const string PhrasePrefix = "phrases.";

    /// <summary>The placeholder names of a template, in order.</summary>
    public static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    private static Dictionary<string, string> Load(string lang)
    {
        using var resource = typeof(DiagnosticCatalog).Assembly.GetManifestResourceStream($"KhaSite.Diagnostics.Messages.{lang}.yml")
            ?? throw new InvalidOperationException($"the diagnostic messages for '{lang}' are not embedded");
        using var reader = new StreamReader(resource, Encoding.UTF8);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in ((YamlMappingNode)yaml.Documents[0].RootNode).Children)
        {
            var id = ((YamlScalarNode)key).Value!;
            if (value is YamlScalarNode single) templates[id] = single.Value!;
            else foreach (var (variant, template) in ((YamlMappingNode)value).Children)
                templates[id + "." + ((YamlScalarNode)variant).Value] = ((YamlScalarNode)template).Value!;
        }
        return templates;
    }
}
