using System.Globalization;
using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>Reads <c>input/data/sources.yml</c>, the CSL-YAML bibliography.</summary>
public static class BibliographyLoader
{
    public static readonly IReadOnlyList<string> TextFields =
    [
        "type", "title", "title-en", "container-title", "container-title-en", "collection-title", "volume", "issue", "page",
        "ISBN", "ISSN", "DOI", "URL", "language", "publisher", "publisher-place", "event-title", "event-date", "event-place",
        "number", "authority", "genre", "UDC", "note", "note-en", "abstract", "edition", "medium", "section",
    ];

    private static readonly IReadOnlyList<string> AllFields = [.. TextFields, "id", "author", "author-en", "editor", "issued"];

    public static IReadOnlyList<SourceRecord> Load(string path, DiagnosticBag diagnostics) => DataLoader.LoadList(path, diagnostics, Read);

    private static SourceRecord? Read(YamlMappingNode mapping, YamlFields fields)
    {
        Located<string>? id = null;
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<PersonName> authors = [], authorsEn = [], editors = [];
        IReadOnlyList<int> issued = [];
        foreach (var (key, value) in fields.Entries(mapping))
        {
            switch (key.Value)
            {
                case "id": id = fields.Scalar(value, "id"); break;
                case "author": authors = Names(value, fields, "author"); break;
                case "author-en": authorsEn = Names(value, fields, "author-en"); break;
                case "editor": editors = Names(value, fields, "editor"); break;
                case "issued": issued = DateParts(value, fields); break;
                default:
                    if (TextFields.Contains(key.Value))
                    {
                        if (fields.Scalar(value, key.Value) is { } scalar) text[key.Value] = scalar.Value;
                    }
                    else fields.UnknownField(key, AllFields, "a source");
                    break;
            }
        }
        if (id is null)
        {
            fields.Report(DiagnosticCode.MissingField, mapping, "a source needs an 'id'");
            return null;
        }
        return new SourceRecord(id.Value, text.GetValueOrDefault("type") ?? "", text, authors, authorsEn, editors, issued, fields.At(mapping));
    }

    private static IReadOnlyList<PersonName> Names(YamlNode node, YamlFields fields, string field)
    {
        if (node is not YamlSequenceNode list)
        {
            fields.Report(DiagnosticCode.WrongFieldType, node, $"'{field}' is a list of {{family: …, given: …}}");
            return [];
        }
        var names = new List<PersonName>();
        foreach (var item in list.Children)
        {
            var mapping = fields.Mapping(item, $"a name in '{field}'");
            if (mapping is null) continue;
            string family = "", given = "";
            foreach (var (key, value) in fields.Entries(mapping))
            {
                var text = fields.Scalar(value, $"{field}.{key.Value}")?.Value ?? "";
                switch (key.Value)
                {
                    case "family": family = text; break;
                    case "given": given = text; break;
                    case "literal": family = text; break;
                    default: fields.UnknownField(key, ["family", "given", "literal"], $"a name in '{field}'"); break;
                }
            }
            names.Add(new PersonName(family, given));
        }
        return names;
    }

    /// <summary>CSL dates: <c>{date-parts: [[2023, 3, 1]]}</c>.</summary>
    private static IReadOnlyList<int> DateParts(YamlNode node, YamlFields fields)
    {
        if (node is YamlMappingNode mapping
            && mapping.Children.TryGetValue(new YamlScalarNode("date-parts"), out var parts)
            && parts is YamlSequenceNode outer && outer.Children.Count > 0 && outer.Children[0] is YamlSequenceNode inner)
        {
            var numbers = inner.Children.Select(n => (n as YamlScalarNode)?.Value).ToArray();
            if (numbers.All(n => int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) && numbers.Length is >= 1 and <= 3)
                return numbers.Select(n => int.Parse(n!, CultureInfo.InvariantCulture)).ToArray();
        }
        fields.Report(DiagnosticCode.BadDate, node, "'issued' is written {date-parts: [[YYYY]]}, [[YYYY, M]] or [[YYYY, M, D]]");
        return [];
    }
}
