using System.Globalization;

namespace KhaSite.Render.Data;

/// <summary>One bar or point of a chart: its label, value, the value as printed, and whether sources dispute it.</summary>
public sealed record ChartDatum(string Label, double Value, string ValueText, bool Disputed, double? Year = null);

/// <summary>
/// The geometry of KhaSite's charts, drawn by <c>theme/Components/Chart.razor</c>: horizontal bars for a breakdown,
/// dots (optionally joined) over years for a series. Each chart has a wide layout (labels beside the bars) and a
/// narrow one for phones (labels above the bars, larger type), whose SVG units are close to CSS pixels at 375 px, so
/// text stays readable; long labels wrap, never cut. Colours come from CSS classes so the charts follow light, dark
/// and print styles; the table beside each chart is its accessible alternative.
/// </summary>
public static class SvgChart
{
    private const double WideWidth = 640, NarrowWidth = 300;
    private const double WideText = 13, NarrowText = 14, WideAxis = 12, NarrowAxis = 13;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ChartView Bars(string id, string title, string description, IReadOnlyList<ChartDatum> data) =>
        new(title, description, [BarsBeside(id, data), BarsBelowLabels(id + "-narrow", data)]);

    public static ChartView Points(string id, string title, string description, IReadOnlyList<ChartDatum> data, bool joined) =>
        new(title, description, [PointsLayout("wide", id, data, joined, WideWidth, 300, WideText, WideAxis),
            PointsLayout("narrow", id + "-narrow", data, joined, NarrowWidth, 240, NarrowText, NarrowAxis)]);

    /// <summary>Labels right-aligned in a column left of the bars, wrapped to its width; a row grows with its label.</summary>
    private static ChartLayout BarsBeside(string id, IReadOnlyList<ChartDatum> data)
    {
        const double labelWidth = 220, gap = 8, barHeight = 18, lineHeight = 16, top = 8;
        var valueWidth = ValueRoom(data, WideText);
        var barArea = WideWidth - labelWidth - valueWidth;
        var max = Max(data);
        var (rects, texts) = (new List<ChartRect>(), new List<ChartText>());
        var y = top;
        foreach (var d in data)
        {
            var lines = ChartTextWidth.Wrap(d.Label, labelWidth - gap, WideText);
            var rowHeight = Math.Max(26, lines.Count * lineHeight + 8);
            var middle = y + rowHeight / 2;
            var w = Math.Max(1, d.Value / max * barArea);
            var first = middle - (lines.Count - 1) * lineHeight / 2 + Baseline(WideText);
            texts.Add(new ChartText("chart__label", "end", lines.Select((l, i) => new ChartTextLine(F(labelWidth - gap), F(first + i * lineHeight), l)).ToArray()));
            rects.Add(new ChartRect(BarClass(d), F(labelWidth), F(middle - barHeight / 2), F(w), F(barHeight)));
            texts.Add(new ChartText("chart__value", "start", [new(F(labelWidth + w + 6), F(middle + Baseline(WideText)), ValueText(d))]));
            y += rowHeight;
        }
        return new ChartLayout("wide", id, ViewBox(WideWidth, Math.Max(y, top + 26) + top), F(WideText), [], null, rects, [], texts);
    }

    /// <summary>Each label on its own lines across the chart's width, its bar and value below it.</summary>
    private static ChartLayout BarsBelowLabels(string id, IReadOnlyList<ChartDatum> data)
    {
        const double barHeight = 14, lineHeight = 17, rowGap = 10, top = 4;
        var barArea = NarrowWidth - ValueRoom(data, NarrowText);
        var max = Max(data);
        var (rects, texts) = (new List<ChartRect>(), new List<ChartText>());
        var y = top;
        foreach (var d in data)
        {
            var lines = ChartTextWidth.Wrap(d.Label, NarrowWidth - 4, NarrowText);
            texts.Add(new ChartText("chart__label", "start", lines.Select((l, i) => new ChartTextLine("2", F(y + (i + 1) * lineHeight - 4), l)).ToArray()));
            y += lines.Count * lineHeight + 2;
            var w = Math.Max(1, d.Value / max * barArea);
            rects.Add(new ChartRect(BarClass(d), "0", F(y), F(w), F(barHeight)));
            texts.Add(new ChartText("chart__value", "start", [new(F(w + 6), F(y + barHeight / 2 + Baseline(NarrowText)), ValueText(d))]));
            y += barHeight + rowGap;
        }
        return new ChartLayout("narrow", id, ViewBox(NarrowWidth, Math.Max(y, top + 26)), F(NarrowText), [], null, rects, [], texts);
    }

    /// <summary>Dots over years with a value axis at the left; a value is written above its dot unless it would run into the one before.</summary>
    private static ChartLayout PointsLayout(string fit, string id, IReadOnlyList<ChartDatum> data, bool joined, double width, double height, double text, double axis)
    {
        const double right = 12, top = 24, bottom = 32;
        if (data.Count == 0) return new ChartLayout(fit, id, ViewBox(width, height), F(text), [], null, [], [], []);
        var years = data.Select(d => d.Year!.Value).ToArray();
        var (minYear, maxYear) = (Math.Floor(years.Min()) - 1, Math.Ceiling(years.Max()) + 1);
        var maxValue = NiceCeiling(data.Max(d => d.Value));
        var ticks = new[] { 0, maxValue / 2, maxValue };
        var left = ticks.Max(t => ChartTextWidth.Of(F(t), axis)) + 12;
        double X(double year) => left + (year - minYear) / (maxYear - minYear) * (width - left - right);
        double Y(double value) => height - bottom - value / maxValue * (height - top - bottom);

        var (lines, texts) = (new List<ChartLine>(), new List<ChartText>());
        foreach (var tick in ticks)
        {
            lines.Add(new ChartLine("chart__grid", F(left), F(Y(tick)), F(width - right), F(Y(tick))));
            texts.Add(new ChartText("chart__axis", "end", [new(F(left - 6), F(Y(tick) + Baseline(axis)), F(tick))]));
        }
        var lastYearEnd = double.NegativeInfinity;
        foreach (var year in years.Select(Math.Floor).Distinct().Order())
        {
            var half = ChartTextWidth.Of(F(year), axis) / 2;
            var x = X(year + 0.5);
            if (x - half < lastYearEnd + 4) continue;
            texts.Add(new ChartText("chart__axis", "middle", [new(F(x), F(height - bottom + axis + 6), F(year))]));
            lastYearEnd = x + half;
        }
        var ordered = data.OrderBy(d => d.Year).ToArray();
        var polyline = joined && ordered.Length > 1
            ? new ChartPolyline("chart__line", string.Join(' ', ordered.Select(d => $"{F(X(d.Year!.Value + 0.5))},{F(Y(d.Value))}")))
            : null;
        var circles = new List<ChartCircle>();
        var lastValueEnd = double.NegativeInfinity;
        foreach (var d in ordered)
        {
            var (x, y) = (X(d.Year!.Value + 0.5), Y(d.Value));
            circles.Add(new ChartCircle(d.Disputed ? "chart__dot chart__dot--disputed" : "chart__dot", F(x), F(y), "5"));
            var label = ValueText(d);
            var labelWidth = ChartTextWidth.Of(label, text);
            var start = Math.Clamp(x - labelWidth / 2, 1, width - labelWidth - 1);
            if (start < lastValueEnd + 4) continue;
            texts.Add(new ChartText("chart__value", "start", [new(F(start), F(y - 10), label)]));
            lastValueEnd = start + labelWidth;
        }
        return new ChartLayout(fit, id, ViewBox(width, height), F(text), lines, polyline, [], circles, texts);
    }

    private static string ValueText(ChartDatum d) => d.Disputed ? d.ValueText + " ⚑" : d.ValueText;

    private static string BarClass(ChartDatum d) => d.Disputed ? "chart__bar chart__bar--disputed" : "chart__bar";

    /// <summary>Room right of the longest bar for the widest value.</summary>
    private static double ValueRoom(IReadOnlyList<ChartDatum> data, double size) =>
        Math.Max(60, data.Count == 0 ? 0 : data.Max(d => ChartTextWidth.Of(ValueText(d), size)) + 10);

    private static double Max(IReadOnlyList<ChartDatum> data) => data.Count == 0 ? 1 : Math.Max(data.Max(d => d.Value), 1e-9);

    /// <summary>From the middle of a line of text to its baseline.</summary>
    private static double Baseline(double size) => size * 0.35;

    private static string ViewBox(double width, double height) => $"0 0 {F(width)} {F(Math.Ceiling(height))}";

    private static double NiceCeiling(double value)
    {
        if (value <= 0) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
            if (step * magnitude >= value) return step * magnitude;
        return 10 * magnitude;
    }

    private static string F(double value) => value.ToString("0.#", Inv);
}
