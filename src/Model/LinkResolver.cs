namespace KhaSite.Model;

/// <summary>
/// Resolves a relative link written in an article (<c>../law/law-2008.kk.md#section</c>) to the section, slug and
/// language it names. Links are relative to the article's own folder, so they also work when read on GitHub.
/// </summary>
public static class LinkResolver
{
    public sealed record Target(string Section, string Slug, string Lang, string? Anchor);

    /// <summary>True for links the generator owns: relative links to a <c>.md</c> file.</summary>
    public static bool IsArticleLink(string url)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith('/') || url.Contains("://", StringComparison.Ordinal)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            return false;
        var path = url.Split('#')[0];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The target of <paramref name="url"/> written in an article of <paramref name="fromSection"/>, or null when it leaves the articles folder or is not an article file name.</summary>
    /// <remarks>Read in place (75,000 links at 10,000 pages): only the target's names are new strings.</remarks>
    public static Target? Resolve(string fromSection, string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var written = hash >= 0 ? url.AsSpan(0, hash) : url.AsSpan();
        // Unescaping a path without '%' gives the path itself.
        var path = written.Contains('%') ? Uri.UnescapeDataString(written.ToString()).AsSpan() : written;
        var anchor = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;

        // The folders from the articles folder down, each a (start, length) in the path; start -1 is fromSection.
        var most = path.Count('/') + 2;
        Span<(int Start, int Length)> segments = most <= 32 ? stackalloc (int, int)[32] : new (int, int)[most];
        segments[0] = (-1, fromSection.Length);
        var count = 1;
        for (var from = 0; from <= path.Length;)
        {
            var slash = path[from..].IndexOf('/');
            var end = slash < 0 ? path.Length : from + slash;
            var part = path[from..end];
            if (part is "..")
            {
                if (count == 0) return null;
                count--;
            }
            else if (part is not ("" or ".")) segments[count++] = (from, end - from);
            from = end + 1;
        }
        if (count != 2) return null;
        var name = path.Slice(segments[1].Start, segments[1].Length);
        var dot = name.IndexOf('.');
        var secondDot = dot < 0 ? -1 : name[(dot + 1)..].IndexOf('.');
        if (secondDot < 0) return null;
        var extension = name[(dot + 1 + secondDot + 1)..];
        if (extension.Contains('.') || !extension.Equals("md", StringComparison.OrdinalIgnoreCase)) return null;
        var section = segments[0].Start < 0 ? fromSection : path.Slice(segments[0].Start, segments[0].Length).ToString();
        return new Target(section, name[..dot].ToString(), name.Slice(dot + 1, secondDot).ToString(), string.IsNullOrEmpty(anchor) ? null : anchor);
    }
}
