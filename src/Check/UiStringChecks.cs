using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;

namespace KhaSite.Check;

/// <summary>
/// The theme's interface strings must have the same keys in every language, and well-formed placeholders: only
/// <c>{n}</c>, and only those the default language's text of the same key uses (the code passes that many values).
/// </summary>
public sealed class UiStringChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        var all = model.Languages.SelectMany(l => model.Strings(l).Texts.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var lang in model.Languages)
        {
            var strings = model.Strings(lang);
            var file = DisplayPath.For(Path.Combine(model.Input.ThemeDir, "i18n", lang + ".yml"));
            foreach (var key in all.Where(k => !strings.Texts.ContainsKey(k)).Order(StringComparer.Ordinal))
                diagnostics.Report(DiagnosticCode.MissingUiString, SourceLocation.StartOf(file), "no-text", new { key, lang });
            var original = model.Strings(model.Config.DefaultLanguage);
            foreach (var (key, text) in strings.Texts)
            {
                var at = strings.Locations.GetValueOrDefault(key, SourceLocation.StartOf(file));
                if (UiStringFormat.Problem(text) is { } problem)
                    diagnostics.Report(DiagnosticCode.BadPlaceholder, at, problem with { Arguments = [KeyValuePair.Create("key", (object)key), .. problem.Arguments] });
                else if (original.Find(key) is { } originalText && UiStringFormat.Indices(text).Except(UiStringFormat.Indices(originalText)).FirstOrDefault(-1) is var extra and >= 0)
                    diagnostics.Report(DiagnosticCode.BadPlaceholder, at, "extra", new { key, placeholder = $"{{{extra}}}", lang = model.Config.DefaultLanguage });
            }
        }
    }
}
