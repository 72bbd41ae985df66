using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>Reads every <c>articles/&lt;section&gt;/&lt;slug&gt;.&lt;lang&gt;.md</c> under the input folder.</summary>
public static class ArticleLoader
{
    /// <param name="cache">what earlier builds made of the article files: an unchanged file is neither read nor parsed</param>
    public static IReadOnlyList<ArticleFile> LoadAll(string articlesDir, IReadOnlyList<string> languages, DiagnosticBag diagnostics,
        CancellationToken cancel = default, ArticleCache? cache = null)
    {
        var paths = InputFile.Enumerate(articlesDir, "*.md", recursive: true).ToArray();
        var articles = new ArticleFile?[paths.Length];
        var workingDirectory = Environment.CurrentDirectory;
        Parallel.For(0, paths.Length, new ParallelOptions { CancellationToken = cancel }, i =>
        {
            var display = DisplayPath.For(paths[i], workingDirectory);
            articles[i] = ProcessingException.While(display, () => Load(articlesDir, paths[i], display, languages, diagnostics, cache));
        });
        return articles.OfType<ArticleFile>().ToArray();
    }

    public static ArticleFile? Load(string articlesDir, string path, IReadOnlyList<string> languages, DiagnosticBag diagnostics, ArticleCache? cache = null) =>
        Load(articlesDir, path, DisplayPath.For(path), languages, diagnostics, cache);

    private static ArticleFile? Load(string articlesDir, string path, string display, IReadOnlyList<string> languages, DiagnosticBag diagnostics, ArticleCache? cache)
    {
        var relative = Path.GetRelativePath(articlesDir, path).Replace('\\', '/');
        var parts = relative.Split('/');
        var nameParts = Path.GetFileName(path).Split('.');
        if (parts.Length != 2 || nameParts.Length != 3 || !IsSlug(parts[0]) || !IsSlug(nameParts[0]))
        {
            diagnostics.Report(DiagnosticCode.BadFileName, SourceLocation.StartOf(display),
                "name", new { file = relative });
            return null;
        }
        var lang = nameParts[1];
        if (!languages.Contains(lang))
        {
            diagnostics.Report(DiagnosticCode.BadFileName, SourceLocation.StartOf(display),
                "language", new { lang, file = relative, languages = string.Join(", ", languages) });
            return null;
        }
        var (section, slug) = (parts[0], nameParts[0]);
        if (cache is null) return Read(articlesDir, path, display, section, slug, lang, diagnostics, out _);

        if (cache.Find(path, display) is { } entry)
        {
            diagnostics.Add(entry.Diagnostics);
            return entry.FrontMatter is null ? null
                : new ArticleFile(path, display, section, slug, lang, entry.FrontMatter,
                    ArticleBody.InFile(path, display, entry.Length, entry.Sha256, entry.BodyFirstLine), entry.BodyFirstLine, entry.BodyHash);
        }
        // What this file's bytes give, diagnostics included, is kept under their SHA-256 (not the fingerprint's: the file
        // may have changed since). A file not read (a link, gone, too large) leaves nothing to keep.
        var reported = new DiagnosticBag();
        var article = Read(articlesDir, path, display, section, slug, lang, reported, out var read);
        var fileDiagnostics = reported.Sorted();
        diagnostics.Add(fileDiagnostics);
        if (read is { } file)
            cache.Add(path, new ArticleCache.Entry(display, file.Sha256, file.Length, article?.FrontMatter, article?.BodyFirstLine ?? 0, article?.BodyHash ?? "", fileDiagnostics));
        return article;
    }

    /// <param name="read">the length and SHA-256 of the bytes read, or null when the file could not be read</param>
    private static ArticleFile? Read(string articlesDir, string path, string display, string section, string slug, string lang, DiagnosticBag diagnostics,
        out (int Length, byte[] Sha256)? read)
    {
        read = null;
        // articles/<section>/<slug>.<lang>.md: the input folder is the articles folder's parent.
        var bytes = InputFile.ReadBytes(path, Path.GetDirectoryName(Path.GetFullPath(articlesDir))!, InputFile.MaxTextBytes, diagnostics);
        if (bytes is null) return null;
        read = (bytes.Length, SHA256.HashData(bytes));
        var text = InputFile.Decode(bytes, display, diagnostics)?.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text is null) return null;
        var split = FrontMatterReader.SplitText(text);
        var frontMatter = FrontMatter.Unreadable;
        if (split.Unclosed)
            diagnostics.Report(DiagnosticCode.UnclosedFrontMatter, SourceLocation.StartOf(display),
                "");
        else if (split.Yaml is null)
            diagnostics.Report(DiagnosticCode.MissingFrontMatter, SourceLocation.StartOf(display),
                "");
        else
            frontMatter = FrontMatterReader.Read(split.Yaml, display, diagnostics);
        // The body's text is let go here: later stages read it again from the file (ArticleBody).
        var body = ArticleBody.InFile(path, display, bytes.Length, read.Value.Sha256, split.BodyFirstLine);
        return new ArticleFile(path, display, section, slug, lang, frontMatter, body, split.BodyFirstLine, Hash(split.Body));
    }

    public static bool IsSlug(string name) =>
        name.Length > 0 && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && name[0] != '-' && name[^1] != '-';

    /// <summary>A short, stable fingerprint of an article's text (translations record the one they follow).</summary>
    public static string Hash(string body)
    {
        var text = body.AsSpan().Trim();
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes)), hash);
        ArrayPool<byte>.Shared.Return(bytes);
        return Convert.ToHexStringLower(hash[..6]);
    }
}
