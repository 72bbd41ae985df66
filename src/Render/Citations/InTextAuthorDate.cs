using System.Globalization;
using KhaSite.Load;

namespace KhaSite.Render.Citations;

/// <summary>
/// The author and year an in-text citation (<c>@a says</c>) puts in the sentence: in English as Chicago
/// author-date writes it (<c>Smith (2020)</c>, <c>Smith and Jones (2020)</c>, four or more authors <c>Smith et al.
/// (2020)</c>); in Kazakh as GOST R 7.0.5 names authors in text (<c>Абдраимов, Садыков (2023)</c>, <c>Абдраимов т.б. (2023)</c>).
/// </summary>
public static class InTextAuthorDate
{
    public static string Format(SourceRecord record, Language language)
    {
        var kazakh = language.References == ReferenceStyle.Gost;
        var names = language.Names(record, "author").Select(n => n.IsLiteral ? n.Literal! : n.FullFamily).ToArray();
        var who = names.Length switch
        {
            0 => kazakh ? record.Title : $"“{ReferenceFormatter.DisplayTitle(record, language)}”",
            1 => names[0],
            2 => kazakh ? $"{names[0]}, {names[1]}" : $"{names[0]} and {names[1]}",
            3 => kazakh ? string.Join(", ", names) : $"{names[0]}, {names[1]}, and {names[2]}",
            _ => kazakh ? $"{names[0]} {ReferenceScript.Term("т.б.", language)}" : $"{names[0]} et al.",
        };
        var year = record.Year?.ToString(CultureInfo.InvariantCulture) ?? (kazakh ? ReferenceScript.Term("б. ж.", language) : "n.d.");
        return $"{who} ({year})";
    }
}
