using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>A value read from an input file together with where it was written.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
