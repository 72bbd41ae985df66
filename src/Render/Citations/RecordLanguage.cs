using KhaSite.Load;
using KhaSite.Model.LanguageSpans;

namespace KhaSite.Render.Citations;

/// <summary>
/// The language of a bibliographic record's text shown on a page written in another script: a Kazakh title on an
/// English page, an English one on a Kazakh page, or a Cyrillic record on a page of the Latin edition (which keeps
/// records as they were written). Null when the text is in the page's script.
/// </summary>
public static class RecordLanguage
{
    public static string? Of(SourceRecord record, string text, Language page)
    {
        if (!ScriptRun.HasForeign(text, page.Script)) return null;
        // The record's language, unless it is the page's or is written in the page's script (then the letters of
        // another script are not in it: a Kazakh body named in an English treaty's record).
        if (record["language"] is { } written && Safety.LanguageTag.IsValid(written)
            && !string.Equals(written.Split('-')[0], page.Code.Split('-')[0], StringComparison.OrdinalIgnoreCase)
            && LanguageDefaults.Find(written)?.Script != page.Script)
            return written;
        return page.From;
    }
}
