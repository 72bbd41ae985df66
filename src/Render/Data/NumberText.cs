using System.Globalization;
using KhaSite.Load;
using KhaSite.Model;

namespace KhaSite.Render.Data;

/// <summary>Numbers as each language writes them: 70,4 % and 19 186 015 in Kazakh; 70.4% and 19,186,015 in English.</summary>
public static class NumberText
{
    /// <param name="t">the page language's UI strings: its culture, and how it writes a percentage and a qualifier</param>
    /// <param name="decimals">how many decimals the source printed (2.0 stays 2,0 / 2.0)</param>
    public static string Format(double value, DatasetUnit? unit, UiStrings t, ValueQualifier? qualifier = null, int decimals = 0)
    {
        var culture = SiteModel.Culture(t.Lang);
        var number = value.ToString("#,0." + new string('0', decimals) + "###", culture).TrimEnd(culture.NumberFormat.NumberDecimalSeparator[0]);
        var withUnit = unit switch
        {
            DatasetUnit.Percent => t.Format("number.percent", number),
            DatasetUnit.People or DatasetUnit.Count or null => number,
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
