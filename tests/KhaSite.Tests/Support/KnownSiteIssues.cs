namespace KhaSite.Tests.Support;

/// <summary>
/// A problem in the generator or theme that the verification tests found and that is reported but not fixed yet.
/// While it is listed here its findings do not fail the tests; a test that expects it and no longer sees it fails,
/// so the entry is deleted as soon as the fix lands. Every entry says where the fix goes and what it is.
/// </summary>
/// <param name="Id">short name, shown in messages</param>
/// <param name="Where">the file to change</param>
/// <param name="Problem">what a reader (or a checker) meets</param>
/// <param name="Fix">the suggested change</param>
/// <param name="Matches">whether a finding (one line of a checker's report) is this problem</param>
public sealed record KnownIssue(string Id, string Where, string Problem, string Fix, Func<string, bool> Matches)
{
    public override string ToString() => $"{Id} ({Where}): {Problem} Fix: {Fix}";
}

/// <summary>The open <see cref="KnownIssue"/>s of the site. Empty is the goal: delete an entry when its fix lands.</summary>
public static class KnownSiteIssues
{
    /// <summary>Every open issue. Findings any of them matches are not failures.</summary>
    public static readonly IReadOnlyList<KnownIssue> Open = [];

    /// <summary>
    /// Fails listing every finding that no open known issue explains; the explained ones are named in the message
    /// of any failure so that they stay visible.
    /// </summary>
    public static void AssertNoOther(string heading, IEnumerable<string> findings)
    {
        var all = findings.ToList();
        var unexplained = all.Where(f => !Open.Any(i => i.Matches(f))).ToList();
        if (unexplained.Count == 0) return;
        var known = Open.Where(i => all.Any(i.Matches)).Select(i => "  (known, open) " + i).ToList();
        Assert.Fail($"{heading}: {unexplained.Count} problem(s):\n" + string.Join("\n", unexplained.Select(f => "  " + f))
            + (known.Count > 0 ? "\nAlso seen, already known:\n" + string.Join("\n", known) : ""));
    }

    /// <summary>Fails when <paramref name="issue"/> is listed as open but none of <paramref name="findings"/> shows it any more.</summary>
    public static void AssertStillOpen(KnownIssue issue, IEnumerable<string> findings)
    {
        if (!Open.Contains(issue)) return;
        Assert.True(findings.Any(issue.Matches),
            $"The known issue '{issue.Id}' no longer occurs: it looks fixed. Delete it from tests/KhaSite.Tests/Support/KnownSiteIssues.cs.");
    }
}
