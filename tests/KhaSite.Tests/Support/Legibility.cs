using Microsoft.Playwright;

namespace KhaSite.Tests.Support;

/// <summary>What makes text on a page hard or impossible to read, as a person looking at it would notice.</summary>
public static class Legibility
{
    /// <summary>
    /// Text cut off by its own box (clipped or ellipsised: the box is narrower or shorter than its text), and visible
    /// text (SVG text at the size it is drawn) smaller than 12 CSS px on screen (8 pt on paper). Visually hidden text
    /// for screen readers is not counted.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page, bool printed = false) =>
        await page.EvaluateAsync<string[]>("""
            (minPx) => {
              const problems = [];
              const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
              const hidden = e => {
                const r = e.getBoundingClientRect();
                if (r.width <= 1 || r.height <= 1) return true;
                for (let p = e; p; p = p.parentElement) {
                  const s = getComputedStyle(p);
                  if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return true;
                  if (s.clipPath !== 'none' && s.clipPath !== '' || s.clip !== 'auto' && s.clip !== '') return true;
                }
                return false;
              };
              const ownText = e => [...e.childNodes].some(n => n.nodeType === 3 && n.data.trim().length > 0);
              for (const e of document.body.querySelectorAll('*')) {
                if (!ownText(e) || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(e.tagName)) continue;
                if (hidden(e)) continue;
                const s = getComputedStyle(e);
                const text = e.textContent.trim().slice(0, 40);
                const clipsX = ['hidden', 'clip'].includes(s.overflowX) || s.textOverflow === 'ellipsis';
                const clipsY = ['hidden', 'clip'].includes(s.overflowY);
                if (clipsX && e.scrollWidth > e.clientWidth + 1 || clipsY && e.scrollHeight > e.clientHeight + 1)
                  problems.push(`text cut off by its box: ${describe(e)} "${text}" (${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight})`);
                // SVG text is drawn at its font size times the drawing's scale (a chart shrunk to a phone's width).
                const scale = e instanceof SVGGraphicsElement && e.getScreenCTM() ? Math.hypot(e.getScreenCTM().a, e.getScreenCTM().b) : 1;
                const size = Math.round(parseFloat(s.fontSize) * scale * 10) / 10;
                if (size < minPx) problems.push(`text ${size}px high: ${describe(e)} "${text}"`);
              }
              return [...new Set(problems)].slice(0, 50);
            }
            """, printed ? 10.6 : 12);
}
