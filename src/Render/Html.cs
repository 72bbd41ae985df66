using System.Net;
using Microsoft.AspNetCore.Components;

namespace KhaSite.Render;

/// <summary>
/// The HTML encoder: the one file of C# that writes markup, for what is HTML inside another format (formatted references
/// that CSL-JSON and search also use, an Atom entry's content) and the text the theme draws with <see cref="Text"/>.
/// </summary>
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

    /// <summary>A formatted reference: titles in <c>em</c>, quoted titles in a <c>span</c> with their marks, links through the URL policy.</summary>
    public static string Reference(Citations.ReferenceText reference) =>
        string.Concat(reference.Runs.Select(run => run.Style switch
        {
            Citations.RunStyle.Plain => run.Lang is null ? Escape(run.Text) : $"<span{LangAttribute(run.Lang)}>{Escape(run.Text)}</span>",
            Citations.RunStyle.Italic => $"<em{LangAttribute(run.Lang)}>{Escape(run.Text)}</em>",
            Citations.RunStyle.Quoted => $"<span{LangAttribute(run.Lang)}>{Citations.ReferenceText.OpeningQuote}{Escape(run.Text)}{Citations.ReferenceText.ClosingQuote}</span>",
            Citations.RunStyle.Link => Link(run.Href!, run.Text),
        }));

    /// <summary>The start of a span in another language (<c>[text]{lang=kk}</c>); <see cref="SpanEnd"/> ends it.</summary>
    public static string SpanStart(string? lang, string? dir) => $"<span{LangAttribute(lang)}{(dir is null ? "" : $" dir=\"{Escape(dir)}\"")}>";

    public const string SpanEnd = "</span>";

    /// <summary>An HTML document around <paramref name="body"/> (the book parses a chapter's markup in one).</summary>
    public static string DocumentAround(string body) => "<!DOCTYPE html><html><body>" + body + "</body></html>";

    private static string LangAttribute(string? lang) => lang is null ? "" : $" lang=\"{Escape(lang)}\"";

    /// <summary>Paragraphs of text, as an Atom entry's HTML content holds them.</summary>
    public static string Paragraphs(IEnumerable<string> paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));

    /// <summary>A script element with its source and data attributes.</summary>
    public static string ScriptTag(string src, params (string Name, string Value)[] attributes) =>
        $"<script src=\"{Escape(src)}\"{string.Concat(attributes.Select(a => $" {a.Name}=\"{WebUtility.HtmlEncode(a.Value)}\""))}></script>";

    /// <summary>The page with <paramref name="markup"/> inserted before its closing body tag (at the end when it has none).</summary>
    public static string BeforeBodyEnd(string page, string markup)
    {
        var at = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? page[..at] + markup + page[at..] : page + markup;
    }
}
