using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace KhaSite.Render.Machine;

/// <summary>
/// Every shape Render writes as JSON, compiled by System.Text.Json's source generator: no reflection at run time, so the
/// generator builds as Native AOT (docs/performance.md). JSON-LD and the search meta are dictionaries of
/// <see cref="object"/> values; each type such a value can have is listed, since the serializer looks values up by
/// their run-time type. Kazakh letters are written as they are, not as <c>\u…</c> escapes.
/// </summary>
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(Dictionary<string, object?>[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>[]))]
[JsonSerializable(typeof(SortedDictionary<string, int[]>))]
[JsonSerializable(typeof(object[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(string[][]))]
[JsonSerializable(typeof(double[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(Data.TimelineEventJson[]))]
[JsonSerializable(typeof(Data.DatasetJson))]
[JsonSerializable(typeof(OnThisDayJson[]))]
internal sealed partial class RenderJson : JsonSerializerContext
{
    /// <summary>One line, Unicode letters unescaped: JSON-LD, the search index, the strings of the search page.</summary>
    public static RenderJson Compact { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });

    /// <summary>Indented for readers: the timeline's and datasets' downloads.</summary>
    public static RenderJson Indented { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = true });
}

/// <summary>An event of the home page's "on this day" list, read by its script.</summary>
public sealed record OnThisDayJson(
    [property: JsonPropertyName("m")] int? Month,
    [property: JsonPropertyName("d")] int? Day,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("href")] string Href);
