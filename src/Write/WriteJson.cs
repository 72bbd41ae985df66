using System.Text.Json.Serialization;

namespace KhaSite.Write;

/// <summary>The build stamp's JSON, compiled by System.Text.Json's source generator (no reflection: Native AOT).</summary>
[JsonSerializable(typeof(BuildStamp))]
internal sealed partial class WriteJson : JsonSerializerContext;
