using System.Globalization;
using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>Reads the data the figures are drawn from: the Assembly's bodies, the places of events and the map's outline.</summary>
public static class DiagramLoader
{
    private static readonly string[] BodyFields = ["id", "parent", "name", "note", "cite"];
    private static readonly string[] PlaceFields = ["id", "name", "lon", "lat", "events"];

    public static IReadOnlyList<BodyRecord> LoadOrganisation(string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics) =>
        DataLoader.LoadList(path, diagnostics, (mapping, fields) =>
        {
            Located<string>? id = null, parent = null, cite = null;
            LocalizedText? name = null, note = null;
            foreach (var (key, value) in fields.Entries(mapping))
            {
                switch (key.Value)
                {
                    case "id": id = fields.Scalar(value, "id"); break;
                    case "parent": parent = fields.Scalar(value, "parent"); break;
                    case "name": name = fields.Localized(value, "name", languages); break;
                    case "note": note = fields.Localized(value, "note", languages); break;
                    case "cite": cite = DataLoader.CiteValue(value, fields); break;
                    default: fields.UnknownField(key, BodyFields, "a body of the Assembly"); break;
                }
            }
            if (id is null || name is null || cite is null)
            {
                fields.Report(DiagnosticCode.MissingField, mapping, "body");
                return null;
            }
            return new BodyRecord(id.Value, parent, name, note, cite, fields.At(mapping));
        });

    public static IReadOnlyList<PlaceRecord> LoadPlaces(string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics) =>
        DataLoader.LoadList(path, diagnostics, (mapping, fields) =>
        {
            Located<string>? id = null;
            LocalizedText? name = null;
            double? lon = null, lat = null;
            IReadOnlyList<Located<string>> events = [];
            foreach (var (key, value) in fields.Entries(mapping))
            {
                switch (key.Value)
                {
                    case "id": id = fields.Scalar(value, "id"); break;
                    case "name": name = fields.Localized(value, "name", languages); break;
                    case "lon": lon = fields.Number(value, "lon"); break;
                    case "lat": lat = fields.Number(value, "lat"); break;
                    case "events": events = fields.ScalarList(value, "events"); break;
                    default: fields.UnknownField(key, PlaceFields, "a place"); break;
                }
            }
            if (id is null || name is null || lon is null || lat is null || events.Count == 0)
            {
                fields.Report(DiagnosticCode.MissingField, mapping, "place");
                return null;
            }
            return new PlaceRecord(id.Value, name, lon, lat, events, fields.At(mapping));
        });

    /// <summary>The outline: <c>credit: {kk, en}</c> and <c>rings:</c>, each a string of <c>lon,lat</c> pairs separated by spaces.</summary>
    public static MapOutlineRecord? LoadOutline(string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path) && !InputFile.IsLink(path)) return null;
        var display = DisplayPath.For(path);
        var text = InputFile.ReadText(path, Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!, diagnostics);
        var fields = new YamlFields(display, 1, diagnostics) { Text = text };
        if (text is null || fields.Mapping(YamlText.Parse(text, display, 1, diagnostics), "the map's outline") is not { } mapping) return null;
        LocalizedText? credit = null;
        var rings = new List<IReadOnlyList<(double, double)>>();
        foreach (var (key, value) in fields.Entries(mapping))
        {
            switch (key.Value)
            {
                case "credit": credit = fields.Localized(value, "credit", languages); break;
                case "rings":
                    foreach (var ring in fields.ScalarList(value, "rings"))
                        if (Ring(ring.Value) is { } points) rings.Add(points);
                        else diagnostics.Report(DiagnosticCode.WrongFieldType, ring.Location, "ring");
                    break;
                default: fields.UnknownField(key, ["credit", "rings"], "the map's outline"); break;
            }
        }
        return new MapOutlineRecord(rings, credit, fields.At(mapping));
    }

    private static IReadOnlyList<(double, double)>? Ring(string text)
    {
        var points = new List<(double, double)>();
        foreach (var pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(',');
            if (parts.Length != 2
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90) return null;
            points.Add((lon, lat));
        }
        return points.Count >= 3 ? points : null;
    }
}
