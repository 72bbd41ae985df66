namespace KhaSite.Diagnostics;

/// <summary>A place in an input file: 1-based line and column, as editors count them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}({Line},{Column})";
}
