using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>Article images: alt text, a paragraph of their own, and a file of input/ that is a safe image of a size the site publishes.</summary>
public sealed class ImageChecks : ISiteCheck
{
    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var problem in version.ImageProblems)
        {
            if (problem.Text is { } text) diagnostics.Report(problem.Code, problem.Location, text);
            else diagnostics.Report(problem.Code, problem.Location, problem.Message);
        }
    }
}
