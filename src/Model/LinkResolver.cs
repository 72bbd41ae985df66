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
    public static Target? Resolve(string fromSection, string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
        var anchor = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;

        var segments = new List<string> { fromSection };
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else segments.Add(part);
        }
        if (segments.Count != 2) return null;
        var name = segments[1].Split('.');
        if (name.Length != 3 || !name[2].Equals("md", StringComparison.OrdinalIgnoreCase)) return null;
        return new Target(segments[0], name[0], name[1], string.IsNullOrEmpty(anchor) ? null : anchor);
    }
}
