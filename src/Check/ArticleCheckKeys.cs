using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>
/// The key of one article's per-article diagnostics (<see cref="ISiteCheck.Article"/> of each of its versions): a hash
/// of everything those checks can read. The article's files in every language (the bytes Load read: front matter and
/// body; a translation is compared with its original), what the site's other articles show it
/// (<see cref="SiteExports"/>: their paths, files and headings for its links and anchors), and the shared hash of the
/// input but the articles' Markdown (data, bibliography, glossary, tags, site.yml with its languages and prose rules,
/// images, the generator and the options: <c>Load/InputFingerprint</c>). Diagnostics print paths relative to the working
/// directory, so it is in the key too. docs/performance.md, "One edited article (step 2): Check", lists what each
/// check reads.
/// </summary>
/// <param name="shared">the hash of the input but the articles' Markdown (<c>Load/InputFingerprint</c>)</param>
/// <param name="exports">the model's <see cref="SiteExports.Of"/> (the pages' keys use it too: it is computed once)</param>
public sealed class ArticleCheckKeys(string shared, string exports)
{
    private readonly string _site = SiteKey(shared, exports);

    private static string SiteKey(string shared, string exports)
    {
        var hash = new KeyHash();
        hash.Add("khasite-checks-1", shared, exports, Environment.CurrentDirectory);
        return hash.Hex();
    }

    /// <summary>The article's key, or null when a version's body was not read from a file (nothing to key it by: it is checked).</summary>
    public string? For(Article article)
    {
        var hash = new KeyHash();
        hash.Add(_site, article.Key);
        foreach (var version in article.Versions.Values.OrderBy(v => v.Lang, StringComparer.Ordinal))
        {
            if (version.File.Body.FileSha256 is not { } sha256) return null;
            hash.Add(version.Lang, version.File.FullPath, version.File.DisplayPath, Convert.ToHexStringLower(sha256));
        }
        return hash.Hex();
    }
}
