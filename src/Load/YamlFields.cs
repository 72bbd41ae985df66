using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>Reads typed values out of YAML nodes of one file, reporting wrong types as diagnostics.</summary>
public sealed class YamlFields(string file, int firstLine, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The YAML text the nodes were parsed from, when known: texts then remember where each character was written.</summary>
    public string? Text { get; init; }

    public SourceLocation At(YamlNode node) =>
        new(File, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    public void Report(DiagnosticCode code, YamlNode node, string variantOrMessage) => Diagnostics.Report(code, At(node), variantOrMessage);

    public void Report<[DynamicallyAccessedMembers(DiagnosticText.Placeholders)] T>(DiagnosticCode code, YamlNode node, string variant, T arguments) => Diagnostics.Report(code, At(node), variant, arguments);

    public void Report<[DynamicallyAccessedMembers(DiagnosticText.Placeholders)] T>(DiagnosticCode code, YamlNode node, T arguments) => Diagnostics.Report(code, At(node), arguments);

    public void Report(DiagnosticCode code, YamlNode node, DiagnosticText text) => Diagnostics.Report(code, At(node), text);

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is YamlMappingNode mapping) return mapping;
        if (node is not null) Report(DiagnosticCode.WrongFieldType, node, "not-a-mapping", new { what = new Phrase(what) });
        return null;
    }

    /// <summary>The entries of a mapping in file order, with their keys as text.</summary>
    public IEnumerable<(Located<string> Key, YamlNode Value)> Entries(YamlMappingNode mapping)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode scalarKey && scalarKey.Value is not null)
                yield return (new Located<string>(scalarKey.Value, At(key)), value);
            else
                Report(DiagnosticCode.WrongFieldType, key, "key-not-text");
        }
    }

    public Located<string>? Scalar(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim() ?? "";
            return value.Length == 0 ? null : new Located<string>(value, At(node)) { Source = SourceOf(scalar) };
        }
        Report(DiagnosticCode.WrongFieldType, node, "not-single", new { field, shape = new Phrase(Describe(node)) });
        return null;
    }

    private TextSource? SourceOf(YamlScalarNode scalar) =>
        Text is { } text && scalar.Start.Index >= 0 && scalar.End.Index <= text.Length && scalar.Start.Index < scalar.End.Index
            ? new TextSource(At(scalar), text[(int)scalar.Start.Index..(int)scalar.End.Index])
            : null;

    /// <summary>A list of plain values; a single value counts as a list of one.</summary>
    public IReadOnlyList<Located<string>> ScalarList(YamlNode node, string field)
    {
        if (node is YamlScalarNode)
            return Scalar(node, field) is { } one ? [one] : [];
        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticCode.WrongFieldType, node, "not-list", new { field, shape = new Phrase(Describe(node)) });
            return [];
        }
        var items = new List<Located<string>>();
        foreach (var item in sequence.Children)
            if (Scalar(item, field) is { } value) items.Add(value);
        return items;
    }

    public LocalizedText? Localized(YamlNode node, string field, IReadOnlyList<string> languages)
    {
        if (node is not YamlMappingNode mapping)
        {
            Report(DiagnosticCode.WrongFieldType, node, "not-localized", new { field, example = $"{{{string.Join(", ", languages.Select(l => l + ": …"))}}}" });
            return null;
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var located = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in Entries(mapping))
        {
            if (!languages.Contains(key.Value))
            {
                Diagnostics.Report(DiagnosticCode.UnknownField, key.Location, "not-a-language", new { key = key.Value, field, languages = string.Join(", ", languages) });
                continue;
            }
            if (Scalar(value, $"{field}.{key.Value}") is { } text)
            {
                texts[key.Value] = Typography.For(key.Value).Apply(text.Value);
                located[key.Value] = text;
            }
        }
        foreach (var lang in languages)
            if (!texts.ContainsKey(lang))
                Report(DiagnosticCode.MissingField, node, "no-text-in", new { field, lang });
        return new LocalizedText(texts) { Located = located };
    }

    public bool? Boolean(YamlNode node, string field)
    {
        var value = Scalar(node, field);
        if (value is null) return null;
        if (bool.TryParse(value.Value.Value, out var result)) return result;
        Report(DiagnosticCode.WrongFieldType, node, "not-boolean", new { field });
        return null;
    }

    public double? Number(YamlNode node, string field)
    {
        var value = Scalar(node, field);
        if (value is null) return null;
        // YAML writes NaN and infinity as .nan, .inf, -.inf (any case).
        var yamlSpecial = value.Value.Value.TrimStart('+', '-').ToLowerInvariant() is ".nan" or ".inf";
        var result = double.NaN;
        if (yamlSpecial || double.TryParse(value.Value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out result))
        {
            // NaN, Infinity and 1e400 (which parses as infinity) have no place in a statistic and break the JSON export.
            if (!yamlSpecial && double.IsFinite(result)) return result;
            Report(DiagnosticCode.NotFiniteNumber, node, new { field, value = value.Value.Value });
            return null;
        }
        Report(DiagnosticCode.WrongFieldType, node, "not-number", new { field, value = value.Value.Value });
        return null;
    }

    public void UnknownField(Located<string> key, IEnumerable<string> known, string where)
    {
        var suggestion = Suggest.Closest(key.Value, known);
        if (suggestion is null) Diagnostics.Report(DiagnosticCode.UnknownField, key.Location, "known", new { key = key.Value, where = new Phrase(where), known = string.Join(", ", known) });
        else Diagnostics.Report(DiagnosticCode.UnknownField, key.Location, "suggest", new { key = key.Value, where = new Phrase(where), suggestion });
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };
}
