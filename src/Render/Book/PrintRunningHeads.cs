using System.Globalization;
using System.Text;

namespace KhaSite.Render.Book;

/// <summary>
/// The print page's running heads as CSS: each part is a named page (<c>page: part-1</c>) whose top margin box shows
/// the part's title. Chromium lays out named pages and margin boxes but not <c>string-set</c>, so the heads are
/// written per part rather than taken from the headings. Every value is written as a CSS escape.
/// </summary>
public static class PrintRunningHeads
{
    public static string Css(BookView book, string siteTitle)
    {
        var css = new StringBuilder("@media print {\n");
        css.Append(CultureInfo.InvariantCulture, $"@page {{ @top-center {{ content: {String(siteTitle)}; font-size: 9pt; color: #555; }} }}\n");
        for (var i = 0; i < book.Parts.Count; i++)
        {
            var name = $"book-part-{i + 1}";
            css.Append(CultureInfo.InvariantCulture, $"[id={String(book.Parts[i].Id)}] {{ page: {name}; }}\n");
            css.Append(CultureInfo.InvariantCulture, $"@page {name} {{ @top-center {{ content: {String(book.Parts[i].Title)}; font-size: 9pt; color: #555; }} }}\n");
        }
        // The cover has neither head nor number (after the rules above: Chromium does not rank :first above a later @page).
        css.Append("@page :first { @top-center { content: none; } @bottom-center { content: none; } }\n");
        return css.Append("}\n").ToString();
    }

    /// <summary>A CSS string of any text: every character but ASCII letters, digits and space as a hex escape.</summary>
    public static string String(string text) => "\"" + Escape(text, allowSpace: true) + "\"";

    /// <summary>A CSS identifier of any text.</summary>
    public static string Identifier(string text) => Escape(text, allowSpace: false);

    private static string Escape(string text, bool allowSpace)
    {
        var escaped = new StringBuilder(text.Length * 2);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetter((char)rune.Value) || (char.IsAsciiDigit((char)rune.Value) && escaped.Length > 0) || (allowSpace && rune.Value == ' ')))
                escaped.Append((char)rune.Value);
            else
                escaped.Append(CultureInfo.InvariantCulture, $"\\{rune.Value:x6}");
        }
        return escaped.ToString();
    }
}
