using System.Text.Json;
using KhaSite.Tests.Support;
using Microsoft.Playwright;

namespace KhaSite.Tests.Verification;

/// <summary>One axe-core violation on one element: the rule, its impact, the element's selector and HTML, and the page.</summary>
public sealed record AxeViolation(string PageUrl, string Rule, string Impact, string Help, string Target, string Html, string Summary)
{
    public override string ToString() =>
        $"{PageUrl}: [{Rule}, {Impact}] {Help}\n      element: {Target}\n      html: {Html}" + (Summary.Length > 0 ? $"\n      {Summary.Replace("\n", "\n      ", StringComparison.Ordinal)}" : "");
}

/// <summary>
/// Runs axe-core (the npm package, from <c>node_modules/axe-core/axe.min.js</c>) in the page a browser shows:
/// injects the script and returns every violation, one per element, with the page's address.
/// </summary>
public static class AxeChecker
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Tools.AxeScript));

    /// <summary>
    /// Makes axe part of every page a browser context opens (an init script is sent to Chromium once, instead of
    /// 650 kB per page). <see cref="RunAsync"/> injects it itself into pages of contexts without it.
    /// </summary>
    public static Task InstallAsync(IBrowserContext context)
    {
        Tools.Require(Needs.Accessibility);
        return context.AddInitScriptAsync(Script.Value);
    }

    /// <summary>
    /// Runs axe on what <paramref name="page"/> shows now: axe's default rules (WCAG 2.0–2.2 A and AA and best
    /// practices), or only <paramref name="rules"/> when given.
    /// </summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page, params string[] rules)
    {
        Tools.Require(Needs.Accessibility);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>("""
            async rules => {
              const options = { resultTypes: ['violations'] };
              if (rules.length > 0) options.runOnly = { type: 'rule', values: rules };
              const results = await window.axe.run(document, options);
              return results.violations.map(v => ({
                id: v.id, impact: v.impact || '', help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '), html: n.html, summary: n.failureSummary || '' }))
              }));
            }
            """, rules);
        var violations = new List<AxeViolation>();
        foreach (var rule in json.EnumerateArray())
        {
            foreach (var node in rule.GetProperty("nodes").EnumerateArray())
            {
                violations.Add(new AxeViolation(Uri.UnescapeDataString(page.Url), rule.GetProperty("id").GetString()!, rule.GetProperty("impact").GetString()!,
                    rule.GetProperty("help").GetString()!, node.GetProperty("target").GetString()!, node.GetProperty("html").GetString()!,
                    node.GetProperty("summary").GetString()!));
            }
        }
        return violations;
    }

    public static string Format(IReadOnlyList<AxeViolation> violations) =>
        $"axe-core found {violations.Count} violation(s):\n" + string.Join("\n", violations.Select(v => "  " + v));
}
