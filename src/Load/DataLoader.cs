using KhaSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>Reads the YAML data files of <c>input/data/</c>: tags, categories, the timeline and the statistics.</summary>
public static class DataLoader
{
    public static IReadOnlyList<TermRecord> LoadTerms(string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics) =>
        LoadList(path, diagnostics, (mapping, fields) =>
        {
            Located<string>? id = null;
            LocalizedText? label = null;
            foreach (var (key, value) in fields.Entries(mapping))
            {
                switch (key.Value)
                {
                    case "id": id = fields.Scalar(value, "id"); break;
                    case "label": label = fields.Localized(value, "label", languages); break;
                    default: fields.UnknownField(key, ["id", "label"], "a declared term"); break;
                }
            }
            if (id is null || label is null)
            {
                fields.Report(DiagnosticCode.MissingField, mapping, "term");
                return null;
            }
            return new TermRecord(id.Value, label);
        });

    private static readonly string[] EventFields = ["id", "date", "tags", "title", "text", "cite", "article"];

    public static IReadOnlyList<TimelineRecord> LoadTimeline(string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics) =>
        LoadList(path, diagnostics, (mapping, fields) =>
        {
            Located<string>? id = null, date = null, cite = null, article = null;
            IReadOnlyList<Located<string>> tags = [];
            LocalizedText? title = null, text = null;
            foreach (var (key, value) in fields.Entries(mapping))
            {
                switch (key.Value)
                {
                    case "id": id = fields.Scalar(value, "id"); break;
                    case "date": date = fields.Scalar(value, "date"); break;
                    case "tags": tags = fields.ScalarList(value, "tags"); break;
                    case "title": title = fields.Localized(value, "title", languages); break;
                    case "text": text = fields.Localized(value, "text", languages); break;
                    case "cite": cite = CiteValue(value, fields); break;
                    case "article": article = fields.Scalar(value, "article"); break;
                    default: fields.UnknownField(key, EventFields, "a timeline event"); break;
                }
            }
            if (id is null)
            {
                fields.Report(DiagnosticCode.MissingField, mapping, "event-id");
                return null;
            }
            if (date is null) fields.Report(DiagnosticCode.MissingField, mapping, "event-date", new { @event = id.Value.Value });
            if (title is null) fields.Report(DiagnosticCode.MissingField, mapping, "event-title", new { @event = id.Value.Value });
            return new TimelineRecord(id.Value, date, tags, title, text, cite, article, fields.At(mapping));
        });

    private static readonly string[] GlossaryFields = ["id", "term", "variants", "definition", "cite", "articles"];

    public static IReadOnlyList<GlossaryRecord> LoadGlossary(string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics) =>
        LoadList(path, diagnostics, (mapping, fields) =>
        {
            Located<string>? id = null, cite = null;
            LocalizedText? term = null, definition = null;
            IReadOnlyList<Located<string>> articles = [];
            var variants = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (key, value) in fields.Entries(mapping))
            {
                switch (key.Value)
                {
                    case "id": id = fields.Scalar(value, "id"); break;
                    case "term": term = fields.Localized(value, "term", languages); break;
                    case "variants":
                        if (fields.Mapping(value, "'variants' (a list of forms per language)") is { } byLang)
                            foreach (var (lang, list) in fields.Entries(byLang))
                                variants[lang.Value] = fields.ScalarList(list, "variants").Select(v => v.Value).ToArray();
                        break;
                    case "definition": definition = fields.Localized(value, "definition", languages); break;
                    case "cite": cite = CiteValue(value, fields); break;
                    case "articles": articles = fields.ScalarList(value, "articles"); break;
                    default: fields.UnknownField(key, GlossaryFields, "a glossary term"); break;
                }
            }
            if (id is null || term is null || definition is null)
            {
                fields.Report(DiagnosticCode.MissingField, mapping, "glossary-term");
                return null;
            }
            return new GlossaryRecord(id.Value, term, definition, cite, articles, fields.At(mapping), variants);
        });

    private static readonly string[] DatasetFields = ["id", "kind", "title", "description", "as_of", "reported", "unit", "total", "total_unit", "cite", "rows", "discrepancy"];
    private static readonly string[] RowFields = ["key", "label", "date", "reported", "value", "cite", "qualifier", "note"];

    public static IReadOnlyList<DatasetRecord> LoadStatistics(string dir, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var records = new List<DatasetRecord>();
        // input/data/statistics/*.yml: the input folder is two levels up.
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(dir)))!;
        foreach (var path in InputFile.Enumerate(dir, "*.yml", recursive: false))
        {
            var display = DisplayPath.For(path);
            var text = InputFile.ReadText(path, root, diagnostics);
            var fields = new YamlFields(display, 1, diagnostics) { Text = text };
            if (text is null) continue;
            var mapping = fields.Mapping(YamlText.Parse(text, display, 1, diagnostics), "a dataset");
            if (mapping is not null && ProcessingException.While(display, () => ReadDataset(mapping, fields, languages)) is { } record) records.Add(record);
        }
        return records;
    }

    private static DatasetRecord? ReadDataset(YamlMappingNode mapping, YamlFields fields, IReadOnlyList<string> languages)
    {
        Located<string>? id = null, asOf = null, reported = null, cite = null;
        string? kind = null, unit = null, totalUnit = null;
        double? total = null;
        LocalizedText? title = null, description = null, discrepancy = null;
        var rows = new List<DatasetRowRecord>();
        foreach (var (key, value) in fields.Entries(mapping))
        {
            switch (key.Value)
            {
                case "id": id = fields.Scalar(value, "id"); break;
                case "kind": kind = fields.Scalar(value, "kind")?.Value; break;
                case "title": title = fields.Localized(value, "title", languages); break;
                case "description": description = fields.Localized(value, "description", languages); break;
                case "as_of": asOf = fields.Scalar(value, "as_of"); break;
                case "reported": reported = fields.Scalar(value, "reported"); break;
                case "unit": unit = fields.Scalar(value, "unit")?.Value; break;
                case "total": total = fields.Number(value, "total"); break;
                case "total_unit": totalUnit = fields.Scalar(value, "total_unit")?.Value; break;
                case "cite": cite = CiteValue(value, fields); break;
                case "discrepancy": discrepancy = fields.Localized(value, "discrepancy", languages); break;
                case "rows":
                    if (value is YamlSequenceNode list)
                    {
                        foreach (var item in list.Children)
                            if (fields.Mapping(item, "a row") is { } row) rows.Add(ReadRow(row, fields, languages));
                    }
                    else fields.Report(DiagnosticCode.WrongFieldType, value, "rows-not-list");
                    break;
                default: fields.UnknownField(key, DatasetFields, "a dataset"); break;
            }
        }
        if (id is null)
        {
            fields.Report(DiagnosticCode.MissingField, mapping, "dataset-id");
            return null;
        }
        return new DatasetRecord(id.Value, kind ?? "", title, description, asOf, unit, total, totalUnit, cite, rows, fields.At(mapping), discrepancy, reported);
    }

    private static DatasetRowRecord ReadRow(YamlMappingNode mapping, YamlFields fields, IReadOnlyList<string> languages)
    {
        string? key = null, qualifier = null;
        LocalizedText? label = null, note = null;
        Located<string>? date = null, reported = null, cite = null;
        double? value = null;
        var decimals = 0;
        var hasValue = false;
        foreach (var (name, node) in fields.Entries(mapping))
        {
            switch (name.Value)
            {
                case "key": key = fields.Scalar(node, "key")?.Value; break;
                case "label": label = fields.Localized(node, "label", languages); break;
                case "date": date = fields.Scalar(node, "date"); break;
                case "reported": reported = fields.Scalar(node, "reported"); break;
                case "value":
                    hasValue = true;
                    value = fields.Number(node, "value");
                    // "2.0" in the source is printed as 2,0 / 2.0, not 2: keep the decimals as written.
                    if (node is YamlScalarNode { Value: { } raw } && raw.Contains('.', StringComparison.Ordinal)) decimals = raw.Length - raw.IndexOf('.', StringComparison.Ordinal) - 1;
                    break;
                case "cite": cite = CiteValue(node, fields); break;
                case "qualifier": qualifier = fields.Scalar(node, "qualifier")?.Value; break;
                case "note": note = fields.Localized(node, "note", languages); break;
                default: fields.UnknownField(name, RowFields, "a dataset row"); break;
            }
        }
        // A value that is there but not a number was reported where it stands.
        if (!hasValue) fields.Report(DiagnosticCode.MissingField, mapping, "row-value");
        return new DatasetRowRecord(key, label, date, value, cite, qualifier, note, fields.At(mapping), decimals, reported);
    }

    /// <summary>A <c>cite:</c> value, located at its first character (inside the quotes when it is quoted).</summary>
    internal static Located<string>? CiteValue(YamlNode node, YamlFields fields)
    {
        var value = fields.Scalar(node, "cite");
        if (value is null || node is not YamlScalarNode scalar) return value;
        var quoted = scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted;
        return quoted ? value.Value with { Location = value.Value.Location with { Column = value.Value.Location.Column + 1 } } : value;
    }

    /// <summary>A data file that is a YAML list of mappings (<c>- id: …</c>), each read by <paramref name="read"/>.</summary>
    internal static IReadOnlyList<T> LoadList<T>(string path, DiagnosticBag diagnostics, Func<YamlMappingNode, YamlFields, T?> read) where T : class
    {
        if (!File.Exists(path) && !InputFile.IsLink(path)) return [];
        var display = DisplayPath.For(path);
        // input/data/<name>.yml: the input folder is two levels up.
        var text = InputFile.ReadText(path, Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!, diagnostics);
        var fields = new YamlFields(display, 1, diagnostics) { Text = text };
        var root = text is null ? null : YamlText.Parse(text, display, 1, diagnostics);
        if (root is null) return [];
        if (root is not YamlSequenceNode list)
        {
            fields.Report(DiagnosticCode.WrongFieldType, root, "file-not-list", new { file = Path.GetFileName(path) });
            return [];
        }
        return ProcessingException.While(display, () =>
        {
            var items = new List<T>();
            foreach (var item in list.Children)
                if (fields.Mapping(item, "an entry") is { } mapping && read(mapping, fields) is { } record)
                    items.Add(record);
            return items;
        });
    }
}
