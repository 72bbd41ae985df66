using KhaSite.Diagnostics;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>Every article should exist in every language of the site.</summary>
public sealed class TranslationChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var article in model.Articles.Values)
        {
            var existing = article.Versions.Values.First();
            foreach (var lang in model.Languages.Where(l => !article.Versions.ContainsKey(l)))
                diagnostics.Report(DiagnosticCode.MissingTranslation, existing.File.Start,
                    new { article = article.Key, lang, section = article.Section, slug = article.Slug });
        }
    }
}
