using System.Globalization;
using System.Text;
using KhaSite.Load;
using KhaSite.Model;

namespace KhaSite.Render.Data;

/// <summary>Numbers as each language writes them (its <see cref="NumberFormat"/>): 70,4 % and 19 186 015 in Kazakh; 70.4% and 19,186,015 in English.</summary>
public static class NumberText
{
    /// <param name="t">the page language's UI strings: how it words a qualifier (<c>number.over</c>, <c>number.nearly</c>, <c>number.about</c>)</param>
    /// <param name="decimals">how many decimals the source printed (2.0 stays 2,0 / 2.0)</param>
    public static string Format(double value, DatasetUnit? unit, Language language, UiStrings t, ValueQualifier? qualifier = null, int decimals = 0)
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
        var withUnit = unit switch
        {
            DatasetUnit.Percent => number.Append(format.SpaceBeforePercent ? "\u00a0%" : "%").ToString(),
            DatasetUnit.People or DatasetUnit.Count or null => number.ToString(),
        };
        return qualifier switch
        {
            ValueQualifier.Over => t.Format("number.over", withUnit),
            ValueQualifier.Nearly => t.Format("number.nearly", withUnit),
            ValueQualifier.About => t.Format("number.about", withUnit),
            null => withUnit,
        };
    }

    /// <summary>Machine-readable form for downloads: invariant culture, no grouping.</summary>
    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
