using System.Net;
using Microsoft.AspNetCore.Components;

namespace KhaSite.Render;

/// <summary>The HTML encoder of text C# assembles (formatted references, charts) and of the text the theme draws with <see cref="Text"/>.</summary>
public static class Html
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal);

    /// <summary>
    /// Text for a component, encoded as <see cref="Escape"/> does. Razor's own encoder writes an apostrophe as
    /// <c>&amp;#x27;</c> and a no-break space as <c>&amp;#xA0;</c>, so text that was written by C# before it moved into
    /// the theme keeps its bytes this way.
    /// </summary>
    public static MarkupString Text(string text) => new(Escape(text));

    public static string Link(string href, string text) => $"<a href=\"{Escape(Safety.UrlPolicy.Safe(href))}\">{Escape(text)}</a>";
}
