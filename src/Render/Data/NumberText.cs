using System.Globalization;
using System.Text;
using KhaSite.Load;

namespace KhaSite.Render.Data;

/// <summary>Numbers as each language writes them (its <see cref="NumberFormat"/>): 70,4 % and 19 186 015 in Kazakh; 70.4% and 19,186,015 in English.</summary>
public static class NumberText
{
    /// <param name="decimals">how many decimals the source printed (2.0 stays 2,0 / 2.0)</param>
    public static string Format(double value, string? unit, Language language, int decimals = 0)
    {
        var format = language.Numbers;
        var invariant = value.ToString("#,0." + new string('0', decimals) + "###", CultureInfo.InvariantCulture).TrimEnd('.');
        var number = new StringBuilder(invariant.Length);
        foreach (var c in invariant)
        {
            if (c == ',') number.Append(format.GroupSeparator);
            else if (c == '.') number.Append(format.DecimalSeparator);
            else number.Append(c);
        }
        if (unit == "percent") number.Append(format.SpaceBeforePercent ? "\u00a0%" : "%");
        return number.ToString();
    }

    /// <summary>A number with its qualifier ("over", "nearly", "about") in the words of the language's UI strings (<c>number.over</c>, <c>number.nearly</c>, <c>number.about</c>).</summary>
    public static string Qualify(string number, string? qualifier, UiStrings words) =>
        qualifier is not null && words.Find("number." + qualifier) is { } pattern ? UiStringFormat.Fill(pattern, [number]) : number;

    /// <summary>Machine-readable form for downloads: invariant culture, no grouping.</summary>
    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
