using System.Net;

namespace KhaSite.Render;

/// <summary>HTML escaping for text assembled outside Razor (formatted references); the one place C# writes HTML.</summary>
public static class Html
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal);

    public static string Link(string href, string text) => $"<a href=\"{Escape(Safety.UrlPolicy.Safe(href))}\">{Escape(text)}</a>";
}
