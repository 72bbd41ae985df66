using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>
/// One kind of check. A full build runs <see cref="Site"/> once and <see cref="Article"/> for every article version;
/// the preview's quick path runs only <see cref="Article"/>, for the saved version against the last full model.
/// Every check is listed once, in <see cref="SiteChecker.All"/>.
/// </summary>
public interface ISiteCheck
{
    /// <summary>What only the whole site shows: data files, the bibliography, problems across articles.</summary>
    void Site(SiteModel model, DiagnosticBag diagnostics) { }

    /// <summary>What one article version shows on its own.</summary>
    /// <remarks>With the build cache on, an article's diagnostics are replayed while its <see cref="ArticleCheckKeys"/>
    /// key holds: read only the version, its article's other versions, the data and configuration (the shared hash) and,
    /// of other articles, what <see cref="SiteExports"/> hashes; a check that needs more adds it there.</remarks>
    void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics) { }
}
