using System.Globalization;
using System.Text;
using KhaSite.Render.Citations;

namespace KhaSite.Render.Data;

/// <summary>One bar or point of a chart: its label, value, the value as printed, and whether sources dispute it.</summary>
public sealed record ChartDatum(string Label, double Value, string ValueText, bool Disputed, double? Year = null);

/// <summary>
/// Inline SVG charts drawn by KhaSite: horizontal bars for a breakdown, dots (optionally joined) over years for a
/// series. Colours come from CSS classes so the charts follow light, dark and print styles; the table beside each
/// chart is its accessible alternative, and the SVG itself has role="img" with a title and a description.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Bars(string id, string title, string description, IReadOnlyList<ChartDatum> data)
    {
        const int rowHeight = 26, labelWidth = 190, valueWidth = 90, top = 8;
        var barArea = Width - labelWidth - valueWidth;
        var max = data.Count == 0 ? 1 : Math.Max(data.Max(d => d.Value), 1e-9);
        var height = top * 2 + rowHeight * Math.Max(data.Count, 1);
        var svg = Open(id, title, description, height);
        for (var i = 0; i < data.Count; i++)
        {
            var d = data[i];
            var y = top + i * rowHeight;
            var w = Math.Max(1, d.Value / max * barArea);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart__label\" x=\"{labelWidth - 8}\" y=\"{F(y + rowHeight * 0.65)}\" text-anchor=\"end\">{Html.Escape(Trim(d.Label, 28))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart__bar{(d.Disputed ? " chart__bar--disputed" : "")}\" x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{F(w)}\" height=\"{rowHeight - 8}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart__value\" x=\"{F(labelWidth + w + 6)}\" y=\"{F(y + rowHeight * 0.65)}\">{Html.Escape(d.ValueText)}{(d.Disputed ? " ⚑" : "")}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    public static string Points(string id, string title, string description, IReadOnlyList<ChartDatum> data, bool joined)
    {
        const int height = 300, left = 70, right = 24, top = 20, bottom = 40;
        var svg = Open(id, title, description, height);
        if (data.Count == 0) return svg.Append("</svg>").ToString();
        var years = data.Select(d => d.Year!.Value).ToArray();
        var (minYear, maxYear) = (Math.Floor(years.Min()) - 1, Math.Ceiling(years.Max()) + 1);
        var maxValue = NiceCeiling(data.Max(d => d.Value));
        double X(double year) => left + (year - minYear) / (maxYear - minYear) * (Width - left - right);
        double Y(double value) => height - bottom - value / maxValue * (height - top - bottom);

        foreach (var tick in new[] { 0, maxValue / 2, maxValue })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart__grid\" x1=\"{left}\" x2=\"{Width - right}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart__axis\" x=\"{left - 6}\" y=\"{F(Y(tick) + 4)}\" text-anchor=\"end\">{F(tick)}</text>");
        }
        foreach (var year in years.Select(Math.Floor).Distinct().Order())
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart__axis\" x=\"{F(X(year + 0.5))}\" y=\"{height - bottom + 18}\" text-anchor=\"middle\">{F(year)}</text>");
        var ordered = data.OrderBy(d => d.Year).ToArray();
        if (joined && ordered.Length > 1)
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"chart__line\" points=\"{string.Join(' ', ordered.Select(d => $"{F(X(d.Year!.Value + 0.5))},{F(Y(d.Value))}"))}\"/>");
        foreach (var d in ordered)
        {
            var (x, y) = (X(d.Year!.Value + 0.5), Y(d.Value));
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"chart__dot{(d.Disputed ? " chart__dot--disputed" : "")}\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart__value\" x=\"{F(x + 8)}\" y=\"{F(y - 8)}\">{Html.Escape(d.ValueText)}{(d.Disputed ? " ⚑" : "")}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int height) =>
        new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Html.Escape(title)}</title><desc id=\"{id}-desc\">{Html.Escape(description)}</desc>");

    private static double NiceCeiling(double value)
    {
        if (value <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
            if (step * magnitude >= value) return step * magnitude;
        return 10 * magnitude;
    }

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string F(double value) => value.ToString("0.#", Inv);
}
