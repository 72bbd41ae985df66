using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load.Csl;

/// <summary>
/// Reads a CSL name list: each name by its parts (family, given, dropping-particle, non-dropping-particle, suffix,
/// comma-suffix, static-ordering, parse-names), an institution as <c>{literal: …}</c> (or a plain text item).
/// </summary>
public static class CslNameReader
{
    private static readonly string[] Parts =
    [
        "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal", "comma-suffix",
        "static-ordering", "parse-names", "isInstitution",
    ];

    public static IReadOnlyList<PersonName> Read(YamlNode node, string field, YamlFields fields, Action<Located<string>, string> unknown)
    {
        var items = node switch
        {
            YamlSequenceNode list => list.Children.ToList(),
            YamlMappingNode one => [one],
            YamlScalarNode => [node],
            _ => [],
        };
        var names = new List<PersonName>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                if (text.Trim().Length > 0) names.Add(new PersonName(text.Trim(), "") { Literal = text.Trim() });
                continue;
            }
            if (fields.Mapping(item, $"a name in '{field}'") is not { } mapping) continue;
            if (Name(mapping, field, fields, unknown) is { } name) names.Add(name);
        }
        return names;
    }

    private static PersonName? Name(YamlMappingNode mapping, string field, YamlFields fields, Action<Located<string>, string> unknown)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in fields.Entries(mapping))
        {
            if (!Parts.Contains(key.Value))
            {
                unknown(key, $"a name in '{field}'");
                continue;
            }
            if (fields.Scalar(value, $"{field}.{key.Value}") is { } text) parts[key.Value] = text.Value;
        }
        string? Part(string name) => parts.GetValueOrDefault(name);
        bool Flag(string name) => Part(name) is { } v && v is not ("false" or "0" or "no");
        var literal = Part("literal");
        if (literal is null && Flag("isInstitution")) literal = Part("family");
        if (literal is null && Part("family") is null && Part("given") is null)
        {
            fields.Report(DiagnosticCode.BibliographyName, mapping, new { field });
            return null;
        }
        return new PersonName(literal ?? Part("family") ?? "", literal is null ? Part("given") ?? "" : "")
        {
            Literal = literal,
            DroppingParticle = Part("dropping-particle"),
            NonDroppingParticle = Part("non-dropping-particle"),
            Suffix = Part("suffix"),
            CommaSuffix = Flag("comma-suffix"),
            StaticOrdering = Flag("static-ordering"),
            ParseNames = Flag("parse-names"),
        };
    }
}
