using KhaSite.Load;
using KhaSite.Model.Citations;

namespace KhaSite.Render.Citations;

/// <summary>
/// Writes a locator (<c>p. 11</c>, <c>pp. 323–329</c>, <c>chap. 2</c>) the way each language writes it: English
/// with the CSL en-US short terms (<c>pp. 323–329</c>), Kazakh after the sources' own practice (<c>323–329-бб.</c>,
/// <c>тар. 2</c>). A locator with no known term is shown as written.
/// </summary>
public static class LocatorText
{
    public static string Format(string locator, Language language)
    {
        var text = locator.Trim();
        var match = LocatorTerms.Read(text);
        if (match is null || match.Value.Length == 0 || match.Length != text.Length) return text;
        var value = match.Value.Replace('-', '–');
        var plural = LocatorTerms.IsPlural(value);
        var term = match.Term;
        if (language.References == ReferenceStyle.Gost)
            return ReferenceScript.Term(term.Name == "page" ? $"{value}-{(plural ? "бб" : "б")}." : $"{(plural ? term.KkPlural : term.Kk)} {value}", language);
        return $"{(plural ? term.EnPlural : term.En)} {value}";
    }
}
