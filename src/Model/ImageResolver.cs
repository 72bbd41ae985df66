using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Load.Images;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Model;

/// <summary>
/// Resolves the images of an article body (<c>![alt](path "caption")</c>) to files of <c>input/</c>, as Pandoc's
/// implicit figures: an image alone in its paragraph is a figure, its title the caption. Paths are relative to the
/// article's file, or to <c>input/</c> when they start with <c>/</c>; nothing outside <c>input/</c> and no address.
/// </summary>
public static class ImageResolver
{
    public static void Resolve(ArticleVersion version, string inputDir)
    {
        foreach (var link in version.Document.Descendants<LinkInline>())
        {
            if (!link.IsImage) continue;
            var at = ModelBuilder.At(version, link);
            var alt = InlineText.Of(link);
            if (string.IsNullOrWhiteSpace(alt))
                Problem(version, DiagnosticCode.ImageWithoutAlt, at, $"the image '{link.Url}' has no alt text: write what it shows between the brackets, ![…]({link.Url})");
            if (!StandsAlone(link))
                Problem(version, DiagnosticCode.ImageInText, at, $"the image '{link.Url}' is inside text or a link; an image is a figure: give it a paragraph of its own");
            if (FullPath(link.Url ?? "", version.File.FullPath, inputDir, out var why) is not { } path)
            {
                Problem(version, DiagnosticCode.ImageOutsideInput, at, why!);
                continue;
            }
            if (ImageFiles.Probe(path, inputDir, out var problem) is not { } file)
            {
                Problem(version, problem!.Code, at, problem.Message);
                continue;
            }
            var caption = string.IsNullOrWhiteSpace(link.Title) ? null : link.Title.Trim();
            version.Images[link] = new ArticleImage(file, alt, caption, SitePaths.Media(PublishedName(path, file)));
        }
    }

    /// <summary>The image's file, or null with <paramref name="why"/> when the path is an address or leaves <paramref name="inputDir"/>.</summary>
    public static string? FullPath(string url, string articlePath, string inputDir, out string? why)
    {
        why = null;
        var normalized = Safety.UrlPolicy.Normalize(url);
        if (Safety.UrlPolicy.SchemeOf(normalized) is not null || normalized.StartsWith("//", StringComparison.Ordinal) || normalized.StartsWith(@"\\", StringComparison.Ordinal))
            return Refuse($"the image '{Shorten(url)}' is an address; images are files of input/ (e.g. input/media/), published with the site", out why);
        if (normalized.Length == 0 || normalized.IndexOfAny(['?', '#', '\\']) >= 0)
            return Refuse($"the image path '{Shorten(url)}' is empty or has a query, a fragment or a backslash; write a relative path such as ../../media/name.png", out why);
        string path;
        try
        {
            path = Uri.UnescapeDataString(normalized);
        }
        catch (UriFormatException)
        {
            return Refuse($"the image path '{Shorten(url)}' cannot be read", out why);
        }
        if (path.Any(char.IsControl))
            return Refuse($"the image path '{Shorten(url)}' holds a control character", out why);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDir));
        var full = Path.GetFullPath(path.StartsWith('/') ? Path.Join(root, path) : Path.Join(Path.GetDirectoryName(articlePath), path));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Refuse($"the image path '{Shorten(url)}' leaves input/; images are files of input/ (e.g. input/media/)", out why);
        return full;
    }

    /// <summary>Pandoc's implicit figure: the image is the only thing in its paragraph (spaces aside).</summary>
    private static bool StandsAlone(LinkInline image) =>
        image.Parent is { ParentBlock: ParagraphBlock } container && container.Parent is null
        && container.All(inline => inline == image || inline is LiteralInline l && l.Content.IsEmptyOrWhitespace() || inline is LineBreakInline);

    /// <summary>The file's name cut to id letters (latin, digits, hyphens), then a hash of its bytes: a changed image gets a new name.</summary>
    private static string PublishedName(string path, ImageFile file)
    {
        var name = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(path).ToLowerInvariant())
            if (char.IsAsciiLetterOrDigit(c)) name.Append(c);
            else if (name.Length > 0 && name[^1] != '-') name.Append('-');
        var stem = name.ToString().Trim('-');
        if (stem.Length > 60) stem = stem[..60].TrimEnd('-');
        return (stem.Length == 0 ? "image" : stem) + "-" + file.Hash + file.Header.Extension;
    }

    private static void Problem(ArticleVersion version, DiagnosticCode code, SourceLocation at, string message) =>
        version.ImageProblems.Add(new EmbedProblem(code, at, message));

    private static string? Refuse(string message, out string? why)
    {
        why = message;
        return null;
    }

    private static string Shorten(string text)
    {
        var oneLine = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
        return oneLine.Length > 60 ? oneLine[..60] + "…" : oneLine;
    }
}
