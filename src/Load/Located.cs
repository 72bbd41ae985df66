using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>A value read from an input file together with where it was written.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location)
{
    /// <summary>For a text read from YAML: where each of its characters was written (a check points into it).</summary>
    public TextSource? Source { get; init; }
}
