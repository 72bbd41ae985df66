namespace KhaSite.Tests.Support;

/// <summary>
/// A fact that needs outside tools (or the real site). Where one is missing it is skipped with the reason,
/// unless <c>KHASITE_REQUIRE_ALL</c> or <c>CI</c> is set: then it runs, and fails saying what is missing.
/// </summary>
public sealed class VerifyFactAttribute : FactAttribute
{
    public VerifyFactAttribute(Needs needs) => Skip = VerifySkip.Reason(needs);
}

/// <summary>The theory form of <see cref="VerifyFactAttribute"/>.</summary>
public sealed class VerifyTheoryAttribute : TheoryAttribute
{
    public VerifyTheoryAttribute(Needs needs) => Skip = VerifySkip.Reason(needs);
}

internal static class VerifySkip
{
    public static string? Reason(Needs needs)
    {
        if (Tools.RequireAll) return null;
        return Tools.Missing(needs) is { } reason
            ? $"{reason}. (Set KHASITE_REQUIRE_ALL=1 or CI=true to make this a failure, not a skip.)"
            : null;
    }
}
