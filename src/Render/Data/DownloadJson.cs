using System.Text.Json.Serialization;

namespace KhaSite.Render.Data;

/// <summary>A timeline event in the timeline's JSON download (<see cref="Downloads"/>).</summary>
public sealed record TimelineEventJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("precision")] string Precision,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags,
    [property: JsonPropertyName("article")] string? Article,
    [property: JsonPropertyName("sources")] IEnumerable<CitedSourceJson>? Sources,
    [property: JsonPropertyName("url")] string Url);

/// <summary>A source an event cites, with the place in it.</summary>
public sealed record CitedSourceJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("locator")] string? Locator);

/// <summary>A dataset's JSON download.</summary>
public sealed record DatasetJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("as_of")] string? AsOf,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("total")] double? Total,
    [property: JsonPropertyName("sources")] string Sources,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("rows")] IEnumerable<DatasetRowJson> Rows);

/// <summary>A row of a dataset's JSON download.</summary>
public sealed record DatasetRowJson(
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("label")] string? Label,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("qualifier")] string? Qualifier,
    [property: JsonPropertyName("sources")] string Sources,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("disputed")] bool Disputed);
