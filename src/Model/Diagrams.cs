using System.Diagnostics.CodeAnalysis;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model.Citations;

namespace KhaSite.Model;

/// <summary>A body of the Assembly, placed in the tree of bodies the org diagram draws.</summary>
public sealed class OrgBody(BodyRecord record, ParsedCitation? cite)
{
    public BodyRecord Record { get; } = record;

    public string Id => Record.Id.Value;

    public ParsedCitation? Cite { get; } = cite;

    public int Depth { get; set; }

    public List<OrgBody> Children { get; } = [];
}

/// <summary>A place of the map with the timeline events the sources place there.</summary>
public sealed class Place(PlaceRecord record, IReadOnlyList<TimelineEvent> events)
{
    public PlaceRecord Record { get; } = record;

    public string Id => Record.Id.Value;

    public double Longitude => Record.Longitude ?? 0;

    public double Latitude => Record.Latitude ?? 0;

    public IReadOnlyList<TimelineEvent> Events { get; } = events;
}

/// <summary>What the figures are drawn from: the bodies in file order depth first, the places, the outline; and what could not be placed.</summary>
public sealed class Diagrams
{
    /// <summary>The bodies depth first, each after its parent (file order among siblings).</summary>
    public List<OrgBody> Bodies { get; } = [];

    public List<Place> Places { get; } = [];

    public MapOutlineRecord? Outline { get; set; }

    public List<EmbedProblem> Problems { get; } = [];

    /// <summary>Resolves parents and events; an unknown parent, a loop or an unknown event is a problem (KHA0687).</summary>
    public static Diagrams Build(LoadedInput input, Timeline timeline)
    {
        var diagrams = new Diagrams { Outline = input.MapOutline };
        var bodies = new Dictionary<string, OrgBody>(StringComparer.Ordinal);
        var all = new List<OrgBody>();
        foreach (var record in input.Organisation)
        {
            var body = new OrgBody(record, DataCitation.Parse(record.Cite));
            if (!bodies.TryAdd(body.Id, body))
                diagrams.Problem(record.Id.Location, "duplicate-body", new { id = body.Id });
            else all.Add(body);
        }
        var roots = new List<OrgBody>();
        foreach (var body in all)
        {
            if (body.Record.Parent is not { } parent) roots.Add(body);
            else if (bodies.TryGetValue(parent.Value, out var up) && up != body) up.Children.Add(body);
            else diagrams.Problem(parent.Location, "parent", new { parent = parent.Value, suggestion = Suggest.Closest(parent.Value, bodies.Keys) });
        }
        var placed = new HashSet<OrgBody>();
        foreach (var root in roots) diagrams.Place(root, 0, placed);
        foreach (var body in all.Where(b => !placed.Contains(b) && b.Record.Parent is { } p && bodies.ContainsKey(p.Value)))
            diagrams.Problem(body.Record.Parent!.Value.Location, "loop", new { id = body.Id });

        var events = timeline.AllEvents.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var record in input.Places)
        {
            var found = new List<TimelineEvent>();
            foreach (var id in record.Events)
                if (events.TryGetValue(id.Value, out var e)) found.Add(e);
                else diagrams.Problem(id.Location, "event", new { @event = id.Value, suggestion = Suggest.Closest(id.Value, events.Keys) });
            var place = new Place(record, found);
            if (diagrams.Outline is { Rings.Count: > 0 } outline && !Inside(outline, place.Longitude, place.Latitude))
                diagrams.Problem(record.Location, "outside", new { id = place.Id, lon = place.Longitude, lat = place.Latitude });
            diagrams.Places.Add(place);
        }
        return diagrams;
    }

    private void Place(OrgBody body, int depth, HashSet<OrgBody> placed)
    {
        if (!placed.Add(body)) return;
        body.Depth = depth;
        Bodies.Add(body);
        foreach (var child in body.Children) Place(child, depth + 1, placed);
    }

    /// <summary>Within the outline's bounds, half a degree of slack (a place on the border or the coast).</summary>
    private static bool Inside(MapOutlineRecord outline, double lon, double lat)
    {
        var points = outline.Rings.SelectMany(r => r).ToArray();
        return lon >= points.Min(p => p.Lon) - 0.5 && lon <= points.Max(p => p.Lon) + 0.5
            && lat >= points.Min(p => p.Lat) - 0.5 && lat <= points.Max(p => p.Lat) + 0.5;
    }

    /// <summary>A problem of <paramref name="variant"/>, or of its <c>-suggest</c> message when the arguments hold a suggestion.</summary>
    private void Problem<[DynamicallyAccessedMembers(DiagnosticText.Placeholders)] T>(SourceLocation at, string variant, T arguments)
    {
        var text = DiagnosticText.Of(variant, arguments);
        if (text.Value("suggestion", DiagnosticLanguage.English) is { Length: > 0 }) text = text with { Variant = variant + "-suggest" };
        Problems.Add(new EmbedProblem(DiagnosticCode.DiagramData, at, DiagnosticCatalog.Render(DiagnosticCode.DiagramData, text, DiagnosticLanguage.English), text));
    }
}
