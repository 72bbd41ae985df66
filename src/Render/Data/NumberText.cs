using System.Globalization;
using KhaSite.Model;

namespace KhaSite.Render.Data;

/// <summary>Numbers as each language writes them: 70,4 % and 19 186 015 in Kazakh; 70.4% and 19,186,015 in English.</summary>
public static class NumberText
{
    /// <param name="decimals">how many decimals the source printed (2.0 stays 2,0 / 2.0)</param>
    public static string Format(double value, string? unit, string lang, string? qualifier = null, int decimals = 0)
    {
        var culture = SiteModel.Culture(lang);
        var number = value.ToString("#,0." + new string('0', decimals) + "###", culture).TrimEnd(culture.NumberFormat.NumberDecimalSeparator[0]);
        var withUnit = unit == "percent" ? (lang == "kk" ? number + "\u00a0%" : number + "%") : number;
        return (qualifier, lang) switch
        {
            ("over", "kk") => "> " + withUnit,
            (("nearly" or "about"), "kk") => "≈ " + withUnit,
            ("over", _) => "over " + withUnit,
            ("nearly", _) => "nearly " + withUnit,
            ("about", _) => "about " + withUnit,
            _ => withUnit,
        };
    }

    /// <summary>Machine-readable form for downloads: invariant culture, no grouping.</summary>
    public static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
