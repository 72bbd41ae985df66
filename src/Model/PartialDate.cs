using System.Globalization;
using KhaSite.Diagnostics;

namespace KhaSite.Model;

/// <summary>A date as precise as its source: a year, a month of a year, or a day.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    /// <summary>
    /// The years a date may have: the calendar has no year 0, and a day of 9999 has no next day, which the calendar
    /// export needs (an event's end is the day after it).
    /// </summary>
    public const int MinYear = 1, MaxYear = 9998;

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; null with a reason when malformed or impossible.</summary>
    public static PartialDate? TryParse(string text, out DiagnosticText? problem)
    {
        problem = null;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            problem = DiagnosticText.Of("date-not-a-date", new { text });
            return null;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        problem = Problem(text, year, month, day);
        return problem is null ? new PartialDate(year, month, day) : null;
    }

    /// <summary>Why year, month and day are not a date of the calendar (null when they are).</summary>
    public static DiagnosticText? Problem(string text, int year, int? month, int? day)
    {
        if (year is < MinYear or > MaxYear) return DiagnosticText.Of("date-no-year", new { text, year, min = MinYear.ToString("0000", CultureInfo.InvariantCulture), max = MaxYear });
        if (month is < 1 or > 12) return DiagnosticText.Of("date-no-month", new { text, month });
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            return DiagnosticText.Of("date-no-day", new { text });
        return null;
    }

    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}"),
    };
}

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
