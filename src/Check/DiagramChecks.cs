using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>The data of the org diagram and the map: parents, events and places that resolve, and citations that name sources.</summary>
public sealed class DiagramChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var problem in model.Diagrams.Problems)
        {
            if (problem.Text is { } text) diagnostics.Report(problem.Code, problem.Location, text);
            else diagnostics.Report(problem.Code, problem.Location, problem.Message);
        }
        foreach (var body in model.Diagrams.Bodies)
            DataCitationChecks.Report(body.Cite, model, diagnostics);
    }
}
