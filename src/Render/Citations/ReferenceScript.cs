using System.Globalization;
using KhaSite.Load;
using KhaSite.Load.Script;

namespace KhaSite.Render.Citations;

/// <summary>
/// References in a script edition (<c>kk-latn</c>, made from Kazakh by conversion): the reference style's own
/// Kazakh terms (<c>б.</c>, <c>т.б.</c>, <c>[б. ж.]</c>, <c>ред.</c> …) go through the edition's converter like the
/// rest of its text, while a record's fields stay as the source was published (a bibliographic record transcribes
/// its source), marked with the source's language when they are in another script than the page's.
/// </summary>
public static class ReferenceScript
{
    /// <summary>Whether <paramref name="language"/> is an edition converted to Latin script.</summary>
    public static bool IsLatinEdition(Language language) => language.From is not null && language.Script == "Latn";

    /// <summary>A Kazakh term of a reference style, in the page's script.</summary>
    public static string Term(string kazakh, Language language) => IsLatinEdition(language) ? KazakhLatin.Plain.ToLatin(kazakh) : kazakh;

    /// <summary>
    /// The language to mark a record's field with on this page (null when the page's own script suits it): a field in
    /// Cyrillic is in the record's language when that is written in Cyrillic (a Russian source), else in the
    /// edition's source language (a Kazakh name or title given to a source in another language).
    /// </summary>
    public static string? MarkFor(string field, SourceRecord record, Language language) =>
        !IsLatinEdition(language) || !field.Any(KazakhLatin.IsCyrillicLetter) ? null
            : record["language"] is { } lang && WrittenInCyrillic(lang) ? lang : language.From;

    // A language is written in Cyrillic when its own name is (русский, қазақ тілі), as the culture data give it.
    private static bool WrittenInCyrillic(string lang)
    {
        try
        {
            return CultureInfo.GetCultureInfo(lang, predefinedOnly: true).NativeName.Any(KazakhLatin.IsCyrillicLetter);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Adds a record's field to <paramref name="text"/>, marked with its language where <see cref="MarkFor"/> says.</summary>
    public static ReferenceText Field(this ReferenceText text, string field, SourceRecord record, Language language) =>
        MarkFor(field, record, language) is { } lang ? text.InLanguage(field, lang) : text.Add(field);
}
