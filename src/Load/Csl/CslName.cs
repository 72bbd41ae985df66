namespace KhaSite.Load;

/// <summary>
/// A person or institution in a CSL name list. <see cref="Family"/> holds the literal of an institutional name
/// (<see cref="Literal"/> says it is one); the other CSL name parts are kept as written.
/// </summary>
public sealed record PersonName(string Family, string Given)
{
    public string? Literal { get; init; }

    public string? DroppingParticle { get; init; }

    public string? NonDroppingParticle { get; init; }

    public string? Suffix { get; init; }

    public bool CommaSuffix { get; init; }

    public bool StaticOrdering { get; init; }

    public bool ParseNames { get; init; }

    public bool IsLiteral => Literal is not null;

    /// <summary>The family name with its non-dropping particle ("van Gogh"), as sorted and shown in references.</summary>
    public string FullFamily => NonDroppingParticle is { Length: > 0 } p ? $"{p} {Family}" : Family;
}
