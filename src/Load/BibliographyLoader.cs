using KhaSite.Diagnostics;
using KhaSite.Load.Csl;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>
/// Reads the bibliography as reference managers and Pandoc write it: <c>input/data/sources.yml</c> and every
/// <c>input/data/bibliography/*.yml|yaml|json</c>, each a bare list of CSL items, a <c>references:</c> wrapper
/// (Pandoc, Better BibTeX) or CSL-JSON (Zotero). Every CSL 1.0.2 variable is kept; a field CSL does not know is
/// a warning once per field name, and the item loads without it.
/// </summary>
public static class BibliographyLoader
{
    public const string MainFile = "sources.yml";
    public const string Folder = "bibliography";

    private static readonly string[] Extensions = [".yml", ".yaml", ".json"];

    /// <summary>The bibliography files of a data folder, in a fixed order: sources.yml first, then the folder's by name.</summary>
    public static IReadOnlyList<string> Files(string dataDir)
    {
        var files = new List<string>();
        var main = Path.Combine(dataDir, MainFile);
        if (File.Exists(main)) files.Add(main);
        var folder = Path.Combine(dataDir, Folder);
        if (Directory.Exists(folder))
            files.AddRange(InputFile.Enumerate(folder, "*", recursive: false)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal));
        return files;
    }

    public static IReadOnlyList<SourceRecord> LoadAll(string dataDir, DiagnosticBag diagnostics)
    {
        var warned = new HashSet<string>(StringComparer.Ordinal);
        return Files(dataDir).SelectMany(f => Load(f, diagnostics, warned)).ToArray();
    }

    public static IReadOnlyList<SourceRecord> Load(string path, DiagnosticBag diagnostics) => Load(path, diagnostics, new HashSet<string>(StringComparer.Ordinal));

    private static IReadOnlyList<SourceRecord> Load(string path, DiagnosticBag diagnostics, HashSet<string> warned)
    {
        if (!File.Exists(path)) return [];
        var display = DisplayPath.For(path);
        var fields = new YamlFields(display, 1, diagnostics);
        // Links under input/ are reported by the loader and never followed (InputFile).
        var text = InputFile.ReadText(path, Path.GetDirectoryName(Path.GetFullPath(path))!, diagnostics);
        if (text is null) return [];
        // CSL-JSON is read by the YAML parser (JSON is YAML); tabs are only ever whitespace in JSON (a tab in a
        // string is written \t), and YAML refuses them as indentation, so they become spaces of the same width.
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)) text = text.Replace('\t', ' ');
        var root = YamlText.Parse(text, display, 1, diagnostics);
        if (root is null) return [];
        if (root is YamlMappingNode wrapper)
        {
            YamlNode? references = null;
            foreach (var (key, value) in fields.Entries(wrapper))
                if (key.Value == "references") references = value;
            root = references ?? root;
        }
        if (root is not YamlSequenceNode list)
        {
            fields.Report(DiagnosticCode.BibliographyShape, root, new { file = Path.GetFileName(path) });
            return [];
        }
        var reader = new ItemReader(fields, warned);
        var items = new List<SourceRecord>();
        foreach (var item in list.Children)
            if (fields.Mapping(item, "a bibliography item") is { } mapping && reader.Read(mapping) is { } record)
                items.Add(record);
        return items;
    }

    private sealed class ItemReader(YamlFields fields, HashSet<string> warned)
    {
        private void Unknown(Located<string> key, string where)
        {
            if (!warned.Add(where + "\n" + key.Value)) return;
            var suggestion = Suggest.Closest(key.Value, CslSchema.All);
            if (suggestion is null) fields.Diagnostics.Report(DiagnosticCode.UnknownCslField, key.Location, "left-out", new { key = key.Value, where = new Phrase(where) });
            else fields.Diagnostics.Report(DiagnosticCode.UnknownCslField, key.Location, "suggest", new { key = key.Value, where = new Phrase(where), suggestion });
        }

        public SourceRecord? Read(YamlMappingNode mapping)
        {
            Located<string>? id = null;
            var text = new Dictionary<string, string>(StringComparer.Ordinal);
            var names = new Dictionary<string, IReadOnlyList<PersonName>>(StringComparer.Ordinal);
            var dates = new Dictionary<string, CslDate>(StringComparer.Ordinal);
            foreach (var (key, value) in fields.Entries(mapping))
            {
                var field = key.Value;
                if (field == "id") id = fields.Scalar(value, "id");
                else if (CslSchema.NameVariables.Contains(field)) names[field] = CslNameReader.Read(value, field, fields, Unknown);
                else if (CslSchema.DateVariables.Contains(field))
                {
                    if (CslDateReader.Read(value, field, fields, Unknown) is { } date) dates[field] = date;
                }
                else if (CslSchema.TextVariables.Contains(field) || field == "type")
                {
                    if (Text(value, field) is { } scalar) text[field] = scalar;
                }
                else if (!CslSchema.Structural.Contains(field)) Unknown(key, "a source");
            }
            if (id is null)
            {
                fields.Report(DiagnosticCode.MissingField, mapping, "source-id");
                return null;
            }
            var type = text.GetValueOrDefault("type") ?? "";
            if (type.Length > 0 && !CslSchema.Types.Contains(type))
            {
                if (Suggest.Closest(type, CslSchema.Types) is { } s) fields.Diagnostics.Report(DiagnosticCode.UnknownItemType, fields.At(mapping), "suggest", new { id = id.Value.Value, type, suggestion = s });
                else fields.Diagnostics.Report(DiagnosticCode.UnknownItemType, fields.At(mapping), "unknown", new { id = id.Value.Value, type });
            }
            IReadOnlyList<PersonName> Of(string variable) => names.GetValueOrDefault(variable) ?? [];
            return new SourceRecord(id.Value, type, text, Of("author"), Of("author-en"), Of("editor"),
                dates.GetValueOrDefault("issued")?.Start ?? [], fields.At(mapping))
            { Names = names, Dates = dates };
        }

        /// <summary>A text variable; a list (keywords, several ISBNs) is joined with ", ".</summary>
        private string? Text(YamlNode value, string field)
        {
            if (value is YamlSequenceNode list && list.Children.All(c => c is YamlScalarNode))
                return string.Join(", ", list.Children.Select(c => ((YamlScalarNode)c).Value?.Trim()).Where(v => !string.IsNullOrEmpty(v)));
            return fields.Scalar(value, field)?.Value;
        }
    }
}
