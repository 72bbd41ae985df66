using KhaSite.Model;

namespace KhaSite.Render;

/// <summary>Dates written the way each language writes them, only as precisely as they are known.</summary>
public static class DateText
{
    public static string Format(PartialDate date, string lang)
    {
        var months = SiteModel.Culture(lang).DateTimeFormat.MonthNames;
        var month = date.Month is { } m ? months[m - 1] : null;
        return (lang, date.Precision) switch
        {
            ("kk", DatePrecision.Day) => $"{date.Year} жылғы {date.Day} {month!.ToLowerInvariant()}",
            ("kk", DatePrecision.Month) => $"{month!.ToLowerInvariant()} {date.Year}",
            (_, DatePrecision.Day) => $"{date.Day} {month} {date.Year}",
            (_, DatePrecision.Month) => $"{month} {date.Year}",
            _ => date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
