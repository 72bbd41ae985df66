using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Model.LanguageSpans;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Check;

/// <summary>
/// Language of parts (WCAG 3.1.2): a span says only which language its text is in, with a valid tag; text in another
/// script than its page's is inside such a span. The same holds for the texts of YAML data and front matter shown on
/// pages (timeline, glossary, datasets, facts, summaries, infobox values), reported at the YAML value's character.
/// </summary>
public sealed class LanguageOfPartsChecks : ISiteCheck
{
    public void Site(SiteModel model, DiagnosticBag diagnostics)
    {
        var input = model.Input;
        var texts = input.Timeline.SelectMany(t => new[] { t.Title, t.Text })
            .Concat(input.Glossary.SelectMany(g => new[] { g.Term, g.Definition }))
            .Concat(input.Datasets.SelectMany(d => new[] { d.Title, d.Description, d.Discrepancy }.Concat(d.Rows.SelectMany(r => new[] { r.Label, r.Note }))))
            .Concat(input.Facts.Select(f => f.Label));
        foreach (var localized in texts)
            foreach (var (lang, text) in localized?.Located ?? new Dictionary<string, Located<string>>())
                if (model.Languages.Contains(lang)) CheckText(text, model.Language(lang).Script, model, diagnostics);
    }

    /// <summary>A YAML text: its spans say only their language, and other-script runs outside them are reported.</summary>
    private static void CheckText(Located<string> text, string script, SiteModel model, DiagnosticBag diagnostics)
    {
        SourceLocation At(int index) => text.Source?.At(text.Value, index) ?? text.Location;
        foreach (var part in LanguageSpanText.Parts(text.Value))
        {
            if (part.Span is { } span)
                CheckSpan(new LanguageSpanInline { Lang = span.Lang, Dir = span.Dir, Refused = span.Refused }, At(Math.Max(0, part.Start - 1)), diagnostics);
            // A figure reference [#activity:2024] is an id, not a word: it stands as one neutral mark of its length.
            else if (OtherScriptRun(Model.Facts.FigureReference.InText().Replace(part.Text, m => "\u25aa".PadRight(m.Length)), script) is { } run)
                diagnostics.Report(DiagnosticCode.UnmarkedLanguage, At(part.Start + run.Start),
                    new { text = part.Text.Substring(run.Start, run.Length), lang = OtherScriptLanguage(model, script) });
        }
    }

    public void Article(ArticleVersion version, SiteModel model, DiagnosticBag diagnostics)
    {
        if (model.Language(version.Lang).From is null)
        {
            var front = version.File.FrontMatter;
            foreach (var text in new[] { front.Title, front.Summary }.Concat(front.Infobox.Select(e => (Located<string>?)e.Value)))
                if (text is { } written) CheckText(written, model.Language(version.Lang).Script, model, diagnostics);
        }
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

    private static bool IsForeign(char c, string script) => ScriptRun.IsForeign(c, script);
}
