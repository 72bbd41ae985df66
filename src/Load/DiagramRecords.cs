using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>A body of the Assembly in <c>input/data/organisation.yml</c>, as written: the org diagram's boxes.</summary>
public sealed record BodyRecord(
    Located<string> Id,
    Located<string>? Parent,
    LocalizedText? Name,
    LocalizedText? Note,
    Located<string>? Cite,
    SourceLocation Location);

/// <summary>A place of <c>input/data/places.yml</c>, as written: where the map puts the timeline events it names.</summary>
public sealed record PlaceRecord(
    Located<string> Id,
    LocalizedText? Name,
    double? Longitude,
    double? Latitude,
    IReadOnlyList<Located<string>> Events,
    SourceLocation Location);

/// <summary>The country's border for the map (<c>input/data/map-outline.yml</c>): rings of longitude/latitude points, and where they come from.</summary>
public sealed record MapOutlineRecord(IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings, LocalizedText? Credit, SourceLocation Location);
