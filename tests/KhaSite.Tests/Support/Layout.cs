using System.Text.Json;
using Microsoft.Playwright;

namespace KhaSite.Tests.Support;

/// <summary>A page wider than its viewport: how wide, and the outermost elements that stick out past the right edge.</summary>
public sealed record Overflow(int ScrollWidth, int ViewportWidth, IReadOnlyList<string> Culprits)
{
    public override string ToString() =>
        $"the page is {ScrollWidth}px wide in a {ViewportWidth}px viewport; sticking out: {string.Join(", ", Culprits)}";
}

/// <summary>Layout facts read from the page a browser shows.</summary>
public static class Layout
{
    /// <summary>Null when the page does not scroll sideways; otherwise the overflow and the elements that cause it.</summary>
    public static async Task<Overflow?> HorizontalOverflowAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              const root = document.documentElement;
              const width = root.clientWidth;
              if (root.scrollWidth <= width) return null;
              const describe = e => {
                let name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
                for (let p = e.parentElement, depth = 0; p && p !== document.body && depth < 3; p = p.parentElement, depth++)
                  name = p.tagName.toLowerCase() + (p.classList.length ? '.' + [...p.classList].join('.') : '') + ' > ' + name;
                return name;
              };
              const sticksOut = e => e.getBoundingClientRect().right > width + 1;
              // Content of a box that scrolls or clips sideways (a row of links that scrolls on phones) widens only that box.
              const contained = e => {
                for (let p = e.parentElement; p && p !== document.documentElement; p = p.parentElement)
                  if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
                return false;
              };
              const culprits = [...document.body.querySelectorAll('*')]
                .filter(e => sticksOut(e) && (!e.parentElement || !sticksOut(e.parentElement)) && !contained(e))
                .slice(0, 10)
                .map(e => describe(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + 'px)');
              return { scroll: root.scrollWidth, width, culprits };
            }
            """);
        if (result.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return null;
        return new Overflow(result.GetProperty("scroll").GetInt32(), result.GetProperty("width").GetInt32(),
            result.GetProperty("culprits").EnumerateArray().Select(c => c.GetString()!).Distinct().ToArray());
    }
}
