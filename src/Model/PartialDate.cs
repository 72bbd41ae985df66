using System.Globalization;

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
    public static PartialDate? TryParse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            problem = $"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD";
            return null;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        problem = Problem(text, year, month, day);
        return problem is null ? new PartialDate(year, month, day) : null;
    }

    /// <summary>Why year, month and day are not a date of the calendar (null when they are).</summary>
    public static string? Problem(string text, int year, int? month, int? day)
    {
        if (year is < MinYear or > MaxYear) return $"'{text}' has no year {year}: years run from {MinYear:0000} to {MaxYear}";
        if (month is < 1 or > 12) return $"'{text}' has no month {month}";
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            return $"'{text}' is not a day of the calendar";
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
