using System.Globalization;
using KhaSite.Load;
using KhaSite.Model;

namespace KhaSite.Render;

/// <summary>Dates written the way each language writes them (its <see cref="DateFormat"/>), only as precisely as they are known.</summary>
public static class DateText
{
    public static string Format(PartialDate date, Language language)
    {
        var format = language.Dates;
        var pattern = date.Precision switch
        {
            DatePrecision.Day => format.Day,
            DatePrecision.Month => format.Month,
            _ => "{year}",
        };
        return pattern
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month}", date.Month is { } m ? format.MonthNames[m - 1] : "", StringComparison.Ordinal)
            .Replace("{day}", date.Day?.ToString(CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal);
    }
}
