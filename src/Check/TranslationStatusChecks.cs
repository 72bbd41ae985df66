using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>
/// A translation whose original changed after it was translated (its <c>translation_of</c> hash is not the
/// original's current one) is reported, so the translation gets updated and marked again.
/// </summary>
public sealed class TranslationStatusChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var status in TranslationStatus.All(model).Where(s => s.State == TranslationState.Outdated))
        {
            var translation = status.Translation!;
            var location = translation.File.FrontMatter.TranslationOf?.Location ?? translation.File.Start;
            diagnostics.Report(DiagnosticCode.OutdatedTranslation, location,
                new { original = status.Original!.File.DisplayPath, recorded = status.Recorded, current = status.Current, file = translation.File.DisplayPath });
        }
    }
}
