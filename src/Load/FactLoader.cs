using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>
/// A figure of <c>input/data/facts.yml</c>, as written: a number the prose states through <c>[#id]</c>, so that it is
/// corrected in one place. <see cref="Date"/> is the date the value describes; a value its source gives undated
/// ("today") has <see cref="Reported"/> instead, the year of the text that reports it.
/// </summary>
public sealed record FactRecord(
    Located<string> Id,
    double? Value,
    int Decimals,
    string? Unit,
    Located<string>? Date,
    Located<string>? Reported,
    string? Qualifier,
    LocalizedText? Label,
    Located<string>? Cite,
    SourceLocation Location);

/// <summary>Reads <c>input/data/facts.yml</c>.</summary>
public static class FactLoader
{
    private static readonly string[] Fields = ["id", "value", "unit", "date", "reported", "qualifier", "label", "cite"];

    public static IReadOnlyList<FactRecord> Load(string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics) =>
        DataLoader.LoadList(path, diagnostics, (mapping, fields) =>
        {
            Located<string>? id = null, date = null, reported = null, cite = null;
            string? unit = null, qualifier = null;
            double? value = null;
            var decimals = 0;
            var hasValue = false;
            LocalizedText? label = null;
            foreach (var (key, node) in fields.Entries(mapping))
            {
                switch (key.Value)
                {
                    case "id": id = fields.Scalar(node, "id"); break;
                    case "value":
                        hasValue = true;
                        value = fields.Number(node, "value");
                        decimals = Decimals(node);
                        break;
                    case "unit": unit = fields.Scalar(node, "unit")?.Value; break;
                    case "date": date = fields.Scalar(node, "date"); break;
                    case "reported": reported = fields.Scalar(node, "reported"); break;
                    case "qualifier": qualifier = fields.Scalar(node, "qualifier")?.Value; break;
                    case "label": label = fields.Localized(node, "label", languages); break;
                    case "cite": cite = DataLoader.CiteValue(node, fields); break;
                    default: fields.UnknownField(key, Fields, "a fact"); break;
                }
            }
            if (id is null)
            {
                fields.Report(DiagnosticCode.MissingField, mapping, "fact-id");
                return null;
            }
            // A value that is there but not a number was reported where it stands.
            if (!hasValue) fields.Report(DiagnosticCode.MissingField, mapping, "fact-value", new { fact = id.Value.Value });
            return new FactRecord(id.Value, value, decimals, unit, date, reported, qualifier, label, cite, fields.At(mapping));
        });

    /// <summary>"2.0" in the source is printed as 2,0 / 2.0, not 2: keep the decimals as written.</summary>
    internal static int Decimals(YamlNode node) =>
        node is YamlScalarNode { Value: { } raw } && raw.Contains('.', StringComparison.Ordinal)
            ? raw.Length - raw.IndexOf('.', StringComparison.Ordinal) - 1
            : 0;
}
