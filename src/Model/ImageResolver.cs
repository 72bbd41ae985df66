using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Load.Images;

namespace KhaSite.Model;

/// <summary>
/// Resolves the images of an article body (<c>![alt](path "caption")</c>) to files of <c>input/</c>, as Pandoc's
/// implicit figures: an image alone in its paragraph is a figure, its title the caption. Paths are relative to the
/// article's file, or to <c>input/</c> when they start with <c>/</c>; nothing outside <c>input/</c> and no address.
/// </summary>
public static class ImageResolver
{
    /// <summary>Resolves the body's images as written (<see cref="BodyFacts.Images"/>) into the version's images and image problems.</summary>
    public static void Resolve(ArticleVersion version, IReadOnlyList<ImageFact> images, string inputDir)
    {
        foreach (var image in images)
        {
            var at = image.Location;
            if (string.IsNullOrWhiteSpace(image.Alt))
                Problem(version, DiagnosticCode.ImageWithoutAlt, at, DiagnosticText.Of("", new { url = image.Url }));
            if (!image.StandsAlone)
                Problem(version, DiagnosticCode.ImageInText, at, DiagnosticText.Of("", new { url = image.Url }));
            if (FullPath(image.Url, version.File.FullPath, inputDir, out var why) is not { } path)
            {
                Problem(version, DiagnosticCode.ImageOutsideInput, at, why!);
                continue;
            }
            if (ImageFiles.Probe(path, inputDir, out var problem) is not { } file)
            {
                version.ImageProblems.Add(new EmbedProblem(problem!.Code, at, problem.Message, problem.Text));
                continue;
            }
            version.Images[image.SpanStart] = new ArticleImage(file, image.Alt, image.Caption, SitePaths.Media(PublishedName(path, file)));
        }
    }

    /// <summary>The image's file, or null with <paramref name="why"/> (a message of KHA0682) when the path is an address or leaves <paramref name="inputDir"/>.</summary>
    public static string? FullPath(string url, string articlePath, string inputDir, out DiagnosticText? why)
    {
        why = null;
        var normalized = Safety.UrlPolicy.Normalize(url);
        if (Safety.UrlPolicy.SchemeOf(normalized) is not null || normalized.StartsWith("//", StringComparison.Ordinal) || normalized.StartsWith(@"\\", StringComparison.Ordinal))
            return Refuse("address", url, out why);
        if (normalized.Length == 0 || normalized.IndexOfAny(['?', '#', '\\']) >= 0)
            return Refuse("query", url, out why);
        string path;
        try
        {
            path = Uri.UnescapeDataString(normalized);
        }
        catch (UriFormatException)
        {
            return Refuse("unreadable", url, out why);
        }
        if (path.Any(char.IsControl))
            return Refuse("control", url, out why);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputDir));
        var full = Path.GetFullPath(path.StartsWith('/') ? Path.Join(root, path) : Path.Join(Path.GetDirectoryName(articlePath), path));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Refuse("outside", url, out why);
        return full;
    }

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

    private static void Problem(ArticleVersion version, DiagnosticCode code, SourceLocation at, DiagnosticText text) =>
        version.ImageProblems.Add(new EmbedProblem(code, at, DiagnosticCatalog.Render(code, text, DiagnosticLanguage.English), text));

    private static string? Refuse(string variant, string url, out DiagnosticText? why)
    {
        why = DiagnosticText.Of(variant, new { url = Shorten(url) });
        return null;
    }

    private static string Shorten(string text)
    {
        var oneLine = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
        return oneLine.Length > 60 ? oneLine[..60] + "…" : oneLine;
    }
}
