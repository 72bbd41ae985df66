using Markdig.Renderers;
using Markdig.Renderers.Html;
using KhaSite.Model.LanguageSpans;

namespace KhaSite.Render;

/// <summary>
/// Writes a language span <c>[text]{lang=kk}</c> with only a lang that is a language tag and a dir of ltr or rtl (the
/// check reports the rest; this is the defence behind it), each value HTML-encoded.
/// </summary>
public sealed class LanguageSpanRenderer : HtmlObjectRenderer<LanguageSpanInline>
{
    protected override void Write(HtmlRenderer renderer, LanguageSpanInline span)
    {
        var lang = span.Lang is { } tag && Safety.LanguageTag.IsValid(tag) ? tag : null;
        renderer.Write(Html.SpanStart(lang, span.Dir is "ltr" or "rtl" ? span.Dir : null));
        renderer.WriteChildren(span);
        renderer.Write(Html.SpanEnd);
    }
}
