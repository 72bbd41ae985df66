using KhaSite.Load;

namespace KhaSite.Model.Citations;

/// <summary>Reads the <c>cite:</c> string of a timeline event or dataset with the one citation grammar.</summary>
public static class DataCitation
{
    public static ParsedCitation? Parse(Located<string>? cite) => cite is { } c ? CitationParser.Parse(c.Value, c.Location) : null;
}
