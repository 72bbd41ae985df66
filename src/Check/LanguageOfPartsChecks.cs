using KhaSite.Diagnostics;
using KhaSite.Model;
using KhaSite.Model.LanguageSpans;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Check;

/// <summary>
/// Language of parts (WCAG 3.1.2): a span says only which language its text is in, with a valid tag; text in another
/// script than its page's is inside such a span.
/// </summary>
public sealed class LanguageOfPartsChecks : ISiteCheck
{
    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        var script = model.Language(version.Lang).Script;
        foreach (var inline in version.Document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LanguageSpanInline span:
                    CheckSpan(span, ModelBuilder.At(version, span), diagnostics);
                    break;
                case LiteralInline literal when !InSpan(literal) && OtherScriptRun(literal.Content.ToString(), script) is { } run:
                    var at = ModelBuilder.At(version, literal);
                    var text = literal.Content.ToString().Substring(run.Start, run.Length);
                    diagnostics.Report(DiagnosticCode.UnmarkedLanguage, at with { Column = at.Column + run.Start },
                        new { text, lang = OtherScriptLanguage(model, script) });
                    break;
            }
        }
    }

    /// <summary>A language of the site written in another script than <paramref name="script"/>: the likely language of such a run.</summary>
    private static string OtherScriptLanguage(SiteModel model, string script) =>
        model.Languages.Select(model.Language).FirstOrDefault(l => l.Script != script && l.From is null)?.Code ?? "und";

    private static void CheckSpan(LanguageSpanInline span, SourceLocation at, DiagnosticBag diagnostics)
    {
        foreach (var refused in span.Refused)
            diagnostics.Report(DiagnosticCode.SpanAttributeRefused, at, new { attribute = refused });
        if (span.Lang is null)
            diagnostics.Report(DiagnosticCode.BadLanguageTag, at, "missing", new { });
        else if (!Safety.LanguageTag.IsValid(span.Lang))
            diagnostics.Report(DiagnosticCode.BadLanguageTag, at, "invalid", new { lang = span.Lang });
        if (span.Dir is { } dir && dir is not ("ltr" or "rtl"))
            diagnostics.Report(DiagnosticCode.BadLanguageTag, at, "dir", new { dir });
    }

    private static bool InSpan(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LanguageSpanInline or LinkInline { IsAutoLink: true }) return true;
        return false;
    }

    /// <summary>
    /// The first run of letters of another script: Cyrillic on a Latin-script page; on a Cyrillic-script page a Latin
    /// word that is not an abbreviation in capitals (ISBN, UNESCO) or a single letter.
    /// </summary>
    private static (int Start, int Length)? OtherScriptRun(string text, string script)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsForeign(text[i], script)) continue;
            var end = i;
            while (end < text.Length && (IsForeign(text[end], script) || (text[end] is ' ' or '-' && end + 1 < text.Length && IsForeign(text[end + 1], script)))) end++;
            var run = text[i..end];
            var domain = (end + 1 < text.Length && text[end] == '.' && char.IsAsciiLetter(text[end + 1])) || (i > 0 && text[i - 1] == '.');
            if (script == "Latn" || (run.Length > 1 && run.Any(char.IsLower) && !domain)) return (i, end - i);
            i = end;
        }
        return null;
    }

    private static bool IsForeign(char c, string script) => script switch
    {
        "Latn" => c is >= '\u0400' and <= '\u04FF',
        "Cyrl" => char.IsAsciiLetter(c),
        _ => false,
    };
}
