using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using KhaSite.Diagnostics;
using KhaSite.Load.Script;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>
/// Reads <c>site.yml</c>'s <c>languages</c>: each entry a code (<c>kk</c>) taking <see cref="LanguageDefaults"/>, or a
/// mapping with a <c>code</c> and the settings that differ (docs/languages.md lists them).
/// </summary>
public static partial class LanguageLoader
{
    public static readonly string[] Fields =
    [
        "code", "based_on", "from", "culture", "og_locale", "bibtex", "field_suffix", "script", "collation", "direction",
        "date_day", "date_month", "months", "decimal_separator", "group_separator", "percent_space", "references", "prose_numbers",
    ];

    [GeneratedRegex("^[a-z]{2,3}_[A-Z]{2}$")]
    private static partial Regex OgLocaleForm();

    [GeneratedRegex("^[A-Z][a-z]{3}$")]
    private static partial Regex ScriptForm();

    [GeneratedRegex("^(-[a-z0-9]+)?$")]
    private static partial Regex FieldSuffixForm();

    public static IReadOnlyList<Language> Read(YamlNode node, YamlFields fields)
    {
        if (node is YamlScalarNode) node = new YamlSequenceNode(node);
        if (node is not YamlSequenceNode list)
        {
            fields.Report(DiagnosticCode.WrongFieldType, node, "languages-not-list");
            return [];
        }
        var languages = new List<Language>();
        foreach (var item in list.Children)
        {
            var language = item is YamlMappingNode mapping ? FromMapping(mapping, fields, languages) : FromCode(item, fields);
            if (language is null) continue;
            if (languages.Any(l => l.Code == language.Code))
                fields.Report(DiagnosticCode.DuplicateLanguage, item, new { code = language.Code });
            else languages.Add(language);
        }
        return languages;
    }

    private static Language? FromCode(YamlNode item, YamlFields fields)
    {
        if (fields.Scalar(item, "languages") is not { } code || !IsCode(code, fields)) return null;
        if (LanguageDefaults.Find(code.Value) is { } known) return known;
        // An unknown culture is reported; the language stays (with invariant formats), so its pages raise no further errors.
        return LanguageDefaults.FromCulture(code.Value,
            Culture(code.Value, code.Location, fields, code.Value) ?? CultureInfo.InvariantCulture);
    }

    private static bool IsCode(Located<string> code, YamlFields fields)
    {
        if (SiteConfigLoader.IsLanguageCode(code.Value)) return true;
        fields.Diagnostics.Report(DiagnosticCode.BadLanguageCode, code.Location,
            new { code = code.Value });
        return false;
    }

    /// <summary>A culture .NET knows (not one it would make up for any name), or a diagnostic.</summary>
    private static CultureInfo? Culture(string name, SourceLocation at, YamlFields fields, string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            fields.Diagnostics.Report(DiagnosticCode.UnknownCulture, at,
                new { code, name });
            return null;
        }
    }

    private static Language? FromMapping(YamlMappingNode mapping, YamlFields fields, IReadOnlyList<Language> earlier)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in fields.Entries(mapping))
        {
            if (Fields.Contains(key.Value)) values[key.Value] = value;
            else fields.UnknownField(key, Fields, "a language of site.yml");
        }
        if (!values.TryGetValue("code", out var codeNode))
        {
            fields.Report(DiagnosticCode.MissingField, mapping, "language-code");
            return null;
        }
        if (fields.Scalar(codeNode, "code") is not { } code || !IsCode(code, fields)) return null;
        var whose = code.Value;

        string? Text(string field) => values.TryGetValue(field, out var node) ? fields.Scalar(node, field)?.Value : null;
        void Bad<[DynamicallyAccessedMembers(DiagnosticText.Placeholders)] T>(string field, string variant, T arguments)
        {
            var text = arguments as DiagnosticText ?? DiagnosticText.Of(variant, arguments);
            fields.Report(DiagnosticCode.BadLanguageSetting, values[field], text with { Arguments = [KeyValuePair.Create("field", (object)field), KeyValuePair.Create("code", (object)whose), .. text.Arguments] });
        }

        var cultureName = Text("culture");
        var culture = cultureName is null ? null : Culture(cultureName, fields.At(values["culture"]), fields, whose);

        Language? baseLanguage;
        var from = Text("from");
        if (from is not null && !earlier.Any(l => l.Code == from && l.From is null))
        {
            Bad("from", $"names the language this edition is converted from: one listed before it and written by hand ({string.Join(", ", earlier.Where(l => l.From is null).Select(l => l.Code))}), not '{from}'", (object?)null);
            from = null;
        }
        if ((Text("based_on") ?? from) is { } basedOn)
        {
            baseLanguage = earlier.FirstOrDefault(l => l.Code == basedOn) ?? LanguageDefaults.Find(basedOn);
            if (baseLanguage is null)
                Bad("based_on", "based-on", new { known = string.Join(", ", earlier.Select(l => l.Code).Concat(LanguageDefaults.Codes).Distinct()) });
            baseLanguage = baseLanguage is null ? LanguageDefaults.Find(code.Value) : baseLanguage with { Code = code.Value };
        }
        else baseLanguage = LanguageDefaults.Find(code.Value);

        if (baseLanguage is null)
        {
            if (cultureName is null) culture = Culture(code.Value, code.Location, fields, whose);
            baseLanguage = LanguageDefaults.FromCulture(code.Value, culture ?? CultureInfo.InvariantCulture);
        }
        var language = culture is null ? baseLanguage : baseLanguage with { CultureName = culture.Name, CollationName = culture.Name };

        var collation = Text("collation");
        if (collation is not null && AlphabetOrder.Find(collation) is { } alphabet)
            language = language with { CollationName = alphabet.Name };
        else if (collation is not null && Culture(collation, fields.At(values["collation"]), fields, whose) is { } order)
            language = language with { CollationName = order.Name };
        if (Text("og_locale") is { } ogLocale)
        {
            if (OgLocaleForm().IsMatch(ogLocale)) language = language with { OgLocale = ogLocale };
            else Bad("og_locale", "og-locale", new { value = ogLocale });
        }
        if (Text("bibtex") is { } bibtex)
        {
            if (bibtex.All(char.IsAsciiLetterLower)) language = language with { BibTexName = bibtex };
            else Bad("bibtex", "bibtex", new { value = bibtex });
        }
        if (values.TryGetValue("field_suffix", out var suffixNode))
        {
            var suffix = Raw(suffixNode, "field_suffix", fields) ?? "";
            if (FieldSuffixForm().IsMatch(suffix)) language = language with { FieldSuffix = suffix };
            else Bad("field_suffix", "field-suffix", new { value = suffix });
        }
        if (Text("script") is { } script)
        {
            if (ScriptForm().IsMatch(script)) language = language with { Script = script };
            else Bad("script", "script", new { value = script });
        }
        if (Text("direction") is { } direction)
        {
            if (direction is "ltr" or "rtl") language = language with { Direction = direction == "rtl" ? TextDirection.Rtl : TextDirection.Ltr };
            else Bad("direction", "direction", new { value = direction });
        }
        if (Text("references") is { } references)
        {
            if (Enum.TryParse<ReferenceStyle>(references, ignoreCase: true, out var style) && references.All(char.IsAsciiLetterLower))
                language = language with { References = style };
            else Bad("references", "references", new { value = references });
        }
        if (Text("prose_numbers") is { } prose)
        {
            if (Enum.TryParse<ProseNumberRules>(prose, ignoreCase: true, out var rules) && prose.All(char.IsAsciiLetterLower))
                language = language with { ProseNumbers = rules };
            else Bad("prose_numbers", "prose-numbers", new { value = prose });
        }

        var dates = language.Dates;
        if (Text("date_day") is { } day)
        {
            if (Pattern(day, ["{day}", "{month}", "{year}"]) is { } problem) Bad("date_day", problem.Variant, problem);
            else dates = dates with { Day = day };
        }
        if (Text("date_month") is { } month)
        {
            if (Pattern(month, ["{month}", "{year}"]) is { } problem) Bad("date_month", problem.Variant, problem);
            else dates = dates with { Month = month };
        }
        if (values.TryGetValue("months", out var monthsNode))
        {
            var months = fields.ScalarList(monthsNode, "months");
            if (months.Count == 12) dates = dates with { MonthNames = months.Select(m => m.Value).ToArray() };
            else Bad("months", "months", new { count = months.Count });
        }
        language = language with { Dates = dates };

        var numbers = language.Numbers;
        if (values.TryGetValue("decimal_separator", out var decimalNode) && Raw(decimalNode, "decimal_separator", fields) is { } decimalSeparator)
        {
            if (decimalSeparator.Length == 1 && !char.IsAsciiDigit(decimalSeparator[0])) numbers = numbers with { DecimalSeparator = decimalSeparator };
            else Bad("decimal_separator", "decimal-separator", new { value = decimalSeparator });
        }
        if (values.TryGetValue("group_separator", out var groupNode) && Raw(groupNode, "group_separator", fields) is { } groupSeparator)
        {
            if (groupSeparator.Length <= 1 && !groupSeparator.Any(char.IsAsciiDigit)) numbers = numbers with { GroupSeparator = groupSeparator };
            else Bad("group_separator", "group-separator", new { value = groupSeparator });
        }
        if (values.TryGetValue("percent_space", out var percentNode) && fields.Boolean(percentNode, "percent_space") is { } spaced)
            numbers = numbers with { SpaceBeforePercent = spaced };
        if (numbers.DecimalSeparator == numbers.GroupSeparator)
            Bad(values.ContainsKey("group_separator") ? "group_separator" : "decimal_separator",
                "same-separators", new { value = numbers.DecimalSeparator });
        language = language with { Numbers = numbers };

        if (from is not null)
        {
            var source = earlier.First(l => l.Code == from);
            if (!ScriptConverters.Converts(source, language))
                Bad("from", $"converts {from} ({source.Script}) to the script '{language.Script}', and KhaSite converts Kazakh from Cyrl to Latn only", (object?)null);
            else language = language with { From = from };
        }

        // A wrong setting is reported and left at its default: the language stays, so its pages raise no further errors.
        return language;
    }

    /// <summary>A scalar as written, spaces kept (a separator may be a space).</summary>
    private static string? Raw(YamlNode node, string field, YamlFields fields)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        fields.Report(DiagnosticCode.WrongFieldType, node, "not-single-value", new { field });
        return null;
    }

    /// <summary>What is wrong with a date pattern: a placeholder it lacks or one it does not know.</summary>
    private static DiagnosticText? Pattern(string pattern, string[] required)
    {
        if (required.FirstOrDefault(p => !pattern.Contains(p, StringComparison.Ordinal)) is { } missing)
            return DiagnosticText.Of("pattern-lacks", new { missing, required = string.Join(", ", required) });
        var rest = required.Aggregate(pattern, (text, p) => text.Replace(p, "", StringComparison.Ordinal));
        return rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal)
            ? DiagnosticText.Of("pattern-unknown", new { required = string.Join(", ", required), value = pattern })
            : null;
    }
}
