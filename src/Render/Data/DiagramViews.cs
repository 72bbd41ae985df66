using System.Globalization;
using KhaSite.Model;
using KhaSite.Render.Citations;

namespace KhaSite.Render.Data;

/// <summary>A line of text in a diagram, at its baseline.</summary>
public sealed record DiagramText(string X, string Y, string Text);

/// <summary>A box of the org diagram: its place, its name wrapped to lines, its depth in the tree.</summary>
public sealed record OrgBoxView(string X, string Y, string Width, string Height, int Depth, IReadOnlyList<DiagramText> Lines);

/// <summary>A body in the diagram's text alternative, with its note, sources and the bodies under it.</summary>
public sealed record OrgListItem(string Name, string? Note, CitationMarkerView Marker, IReadOnlyList<OrgListItem> Children);

/// <summary>A <c>```orgchart</c> embed: the SVG's geometry (the theme draws it), and the same tree as a list with sources.</summary>
public sealed record OrgChartView(string Id, string Title, string Description, string ViewBox, string Width, IReadOnlyList<OrgBoxView> Boxes,
    IReadOnlyList<string> Connectors, string ListHeading, IReadOnlyList<OrgListItem> List);

/// <summary>A numbered marker of the map: the place's dot, and its number's circle (moved off another, with a leader line).</summary>
public sealed record MapMarkerView(string Number, string X, string Y, string LabelX, string LabelY, string NumberY, string? Leader);

/// <summary>A place beside the map: its number and name, and the events there.</summary>
public sealed record MapPlaceView(string Number, string Name, IReadOnlyList<TimelineEventView> Events);

/// <summary>A <c>```map</c> embed: the outline as a path, the markers, the places as a list, and where the outline comes from.</summary>
public sealed record MapView(string Id, string Title, string Description, string ViewBox, string Width, string Outline,
    IReadOnlyList<MapMarkerView> Markers, string ListHeading, IReadOnlyList<MapPlaceView> Places, string? Credit);

/// <summary>
/// Lays out the figures drawn from data. Both are drawn at the width of a phone's column (360 units), so text keeps
/// its size at 375 px and is never scaled below 12 px; wider screens show them at most a little larger.
/// </summary>
public sealed class DiagramViews(SiteModel model, string lang, string fromPath)
{
    public const double Width = 360;
    private const double Indent = 18, LineHeight = 18, Padding = 8, Gap = 8, CharWidth = 8.2, LabelRadius = 11;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public OrgChartView OrgChart(OrgChartEmbed embed, string id)
    {
        var t = model.Strings(lang);
        var boxes = new List<OrgBoxView>();
        var byBody = new Dictionary<OrgBody, (double X, double Y, double Height)>();
        var y = 2.0;
        foreach (var body in embed.Bodies)
        {
            var x = 2 + body.Depth * Indent;
            var width = Width - 2 - x;
            var lines = Wrap(body.Record.Name![lang], (int)((width - 2 * Padding) / CharWidth));
            var height = 2 * Padding + lines.Count * LineHeight - 4;
            boxes.Add(new OrgBoxView(F(x), F(y), F(width), F(height), body.Depth,
                lines.Select((line, i) => new DiagramText(F(x + Padding), F(y + Padding + 13 + i * LineHeight), line)).ToArray()));
            byBody[body] = (x, y, height);
            y += height + Gap;
        }
        var connectors = embed.Bodies.SelectMany(parent => parent.Children.Where(byBody.ContainsKey).Select(child =>
        {
            var (from, to) = (byBody[parent], byBody[child]);
            return string.Create(Inv, $"M{F(from.X + Indent / 2)},{F(from.Y + from.Height)}V{F(to.Y + to.Height / 2)}H{F(to.X)}");
        })).ToArray();
        var marks = embed.Bodies.Zip(embed.Marks).ToDictionary(p => p.First, p => p.Second);
        OrgListItem Item(OrgBody body) => new(body.Record.Name![lang], body.Record.Note is { } note && note.Has(lang) ? note[lang] : null,
            CitationMarkers.View(marks[body], model.Language(lang)), body.Children.Where(marks.ContainsKey).Select(Item).ToArray());
        var roots = embed.Bodies.Where(b => b.Depth == 0).Select(Item).ToArray();
        return new OrgChartView(id, t["diagram.org_title"], t.Format("diagram.org_description", embed.Bodies.Count.ToString(Inv)),
            string.Create(Inv, $"0 0 {F(Width)} {F(y)}"), F(Width), boxes, connectors, t["diagram.org_list"], roots);
    }

    public MapView Map(MapEmbed embed, string id)
    {
        var t = model.Strings(lang);
        var outline = model.Diagrams.Outline!;
        var points = outline.Rings.SelectMany(r => r).ToArray();
        var (west, east, south, north) = (points.Min(p => p.Lon), points.Max(p => p.Lon), points.Min(p => p.Lat), points.Max(p => p.Lat));
        // Equirectangular at the middle latitude: enough for a country, and free of any projection library.
        var squeeze = Math.Cos((south + north) / 2 * Math.PI / 180);
        const double margin = 14;
        var scale = (Width - 2 * margin) / ((east - west) * squeeze);
        var height = (north - south) * scale + 2 * margin;
        (double X, double Y) Project(double lon, double lat) => (margin + (lon - west) * squeeze * scale, margin + (north - lat) * scale);
        var path = string.Concat(outline.Rings.Select(ring =>
            "M" + string.Join("L", ring.Select(p => Project(p.Lon, p.Lat)).Select(p => string.Create(Inv, $"{F(p.X)},{F(p.Y)}"))) + "Z"));

        var markers = new List<MapMarkerView>();
        var spots = new List<(double X, double Y)>();
        var places = new List<MapPlaceView>();
        var timeline = new TimelineViews(model, lang, fromPath);
        for (var i = 0; i < embed.Places.Count; i++)
        {
            var place = embed.Places[i];
            var number = (i + 1).ToString(Inv);
            var (x, y) = Project(place.Longitude, place.Latitude);
            var (lx, ly) = FreeSpot(x, y, spots, height);
            spots.Add((lx, ly));
            markers.Add(new MapMarkerView(number, F(x), F(y), F(lx), F(ly), F(ly + 4.5),
                (lx, ly) == (x, y) ? null : string.Create(Inv, $"M{F(x)},{F(y)}L{F(lx)},{F(ly)}")));
            var marks = place.Events.Zip(embed.Marks[i]).ToDictionary(p => p.First, p => p.Second);
            places.Add(new MapPlaceView(number, place.Record.Name![lang],
                timeline.Events(place.Events.Where(e => e.Date is not null).ToArray(), e => marks[e], withIds: false)));
        }
        return new MapView(id, t["diagram.map_title"], t.Format("diagram.map_description", embed.Places.Count.ToString(Inv)),
            string.Create(Inv, $"0 0 {F(Width)} {F(height)}"), F(Width), path, markers, t["diagram.map_list"], places,
            outline.Credit is { } credit && credit.Has(lang) ? credit[lang] : null);
    }

    /// <summary>The number's circle on its place, or the nearest of a fixed ring of spots around it that overlaps no other circle.</summary>
    private static (double X, double Y) FreeSpot(double x, double y, List<(double X, double Y)> placed, double height)
    {
        var step = 2 * LabelRadius + 3;
        (double, double)[] offsets = [(0, 0), (0, -step), (step, 0), (0, step), (-step, 0), (step * .7, -step * .7), (step * .7, step * .7),
            (-step * .7, step * .7), (-step * .7, -step * .7), (0, -2 * step), (2 * step, 0), (0, 2 * step), (-2 * step, 0)];
        foreach (var (dx, dy) in offsets)
        {
            var (cx, cy) = (x + dx, y + dy);
            if (cx < LabelRadius || cx > Width - LabelRadius || cy < LabelRadius || cy > height - LabelRadius) continue;
            if (placed.All(m => Math.Pow(m.X - cx, 2) + Math.Pow(m.Y - cy, 2) >= step * step)) return (cx, cy);
        }
        return (x, y);
    }

    /// <summary>Words to lines of at most <paramref name="max"/> characters (a longer word stands on its own line).</summary>
    private static IReadOnlyList<string> Wrap(string text, int max)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > max)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static string F(double value) => Math.Round(value, 1).ToString("0.#", Inv);
}
