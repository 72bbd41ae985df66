using KhaSite.Check;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render.Data;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

public class DataRenderingTests
{
    [Theory]
    [InlineData(70.4, "percent", 0, "70,4\u00a0%", "70.4%")]
    [InlineData(2.0, "percent", 1, "2,0\u00a0%", "2.0%")]
    [InlineData(19186015, "people", 0, "19\u00a0186\u00a0015", "19,186,015")]
    [InlineData(3420, "count", 0, "3\u00a0420", "3,420")]
    public void Numbers_are_written_per_language(double value, string unit, int decimals, string kk, string en)
    {
        var parsed = WordList<DatasetUnit>.Parse(unit);
        Assert.Equal(kk, NumberText.Format(value, parsed, LanguageDefaults.Kazakh, Strings("kk"), decimals: decimals));
        Assert.Equal(en, NumberText.Format(value, parsed, LanguageDefaults.English, Strings("en"), decimals: decimals));
    }

    [Fact]
    public void Qualifiers_are_the_words_of_the_themes_ui_strings()
    {
        Assert.Equal("over 5,000", NumberText.Format(5000, DatasetUnit.Count, LanguageDefaults.English, Strings("en"), ValueQualifier.Over));
        Assert.Equal("nearly 3,000", NumberText.Format(3000, DatasetUnit.Count, LanguageDefaults.English, Strings("en"), ValueQualifier.Nearly));
        Assert.Equal("> 5\u00a0000", NumberText.Format(5000, DatasetUnit.Count, LanguageDefaults.Kazakh, Strings("kk"), ValueQualifier.Over));
        Assert.Equal("≈ 70,4\u00a0%", NumberText.Format(70.4, DatasetUnit.Percent, LanguageDefaults.Kazakh, Strings("kk"), ValueQualifier.About));
    }

    [Theory]
    [InlineData("percent", DatasetUnit.Percent)]
    [InlineData("people", DatasetUnit.People)]
    [InlineData("count", DatasetUnit.Count)]
    [InlineData("Percent", null)]
    [InlineData("per cent", null)]
    [InlineData(null, null)]
    public void Units_are_parsed_from_the_words_the_yaml_uses(string? word, DatasetUnit? unit)
    {
        Assert.Equal(unit, WordList<DatasetUnit>.Parse(word));
        Assert.Equal("percent, people, count", WordList<DatasetUnit>.Listed);
        Assert.Equal("bar, line, dot", WordList<ChartKind>.Listed);
    }

    /// <summary>The theme's UI strings: how each language writes percentages and qualifiers.</summary>
    private static UiStrings Strings(string lang) =>
        UiStringsLoader.Load(Path.Combine(RepoPaths.Theme, "i18n", lang + ".yml"), lang, new DiagnosticBag());

    [Fact]
    public void Bar_chart_has_bars_in_order_and_in_proportion_in_each_layout()
    {
        var chart = SvgChart.Bars("c", "Title & <more>", "Kazakhs: 70.4%; Russians: 15.5%",
            [new("Kazakhs", 70.4, "70.4%", false), new("Russians", 15.5, "15.5%", false), new("Uzbeks", 3.2, "3.2%", true)]);
        Assert.Equal("Title & <more>", chart.Title);
        Assert.Equal(["wide", "narrow"], chart.Layouts.Select(l => l.Fit));
        foreach (var layout in chart.Layouts)
        {
            var bars = layout.Rects;
            Assert.Equal(3, bars.Count);
            var widths = bars.Select(b => Number(b.Width)).ToArray();
            var ys = bars.Select(b => Number(b.Y)).ToArray();
            Assert.True(ys[0] < ys[1] && ys[1] < ys[2], "bars keep the rows' order from top to bottom");
            Assert.Equal(70.4 / 15.5, widths[0] / widths[1], 1);
            Assert.Contains("chart__bar--disputed", bars[2].Class, StringComparison.Ordinal);
            Assert.Equal(["Kazakhs", "Russians", "Uzbeks"], layout.Texts.Where(t => t.Class == "chart__label").Select(t => string.Concat(t.Lines.Select(l => l.Text))));
        }
        Assert.NotEqual(chart.Layouts[0].Id, chart.Layouts[1].Id);
    }

    [Fact]
    public void Bar_chart_wraps_a_long_label_within_the_chart_and_never_cuts_it()
    {
        const string label = "«Этносаяси сауаттылық» пәні оқытылатын жалпы білім беретін оқу орындары";
        var chart = SvgChart.Bars("c", "t", "d", [new(label, 10, "10", false), new("Short", 5, "5", false)]);
        foreach (var layout in chart.Layouts)
        {
            var width = Number(layout.ViewBox.Split(' ')[2]);
            var text = layout.Texts.First(t => t.Class == "chart__label");
            Assert.True(text.Lines.Count > 1, $"{layout.Fit}: a long label wraps");
            Assert.Equal(label, string.Join(" ", text.Lines.Select(l => l.Text)));
            Assert.DoesNotContain(layout.Texts.SelectMany(t => t.Lines), l => l.Text.Contains('…', StringComparison.Ordinal));
            foreach (var line in text.Lines)
            {
                var (x, w) = (Number(line.X), ChartTextWidth.Of(line.Text, Number(layout.FontSize)));
                var (from, to) = text.Anchor == "end" ? (x - w, x) : (x, x + w);
                Assert.True(from >= 0 && to <= width, $"{layout.Fit}: '{line.Text}' spans {from}–{to} of 0–{width}");
            }
        }
    }

    [Fact]
    public void Series_chart_places_points_by_year_and_value()
    {
        var chart = SvgChart.Points("s", "Associations", "…", [new("2006", 3420, "3,420", false, 2006), new("2020", 3816, "3,816", false, 2020)], joined: true);
        foreach (var layout in chart.Layouts)
        {
            var dots = layout.Circles.Select(c => (X: Number(c.Cx), Y: Number(c.Cy))).ToArray();
            Assert.Equal(2, dots.Length);
            Assert.True(dots[0].X < dots[1].X, "later years lie further right");
            Assert.True(dots[0].Y > dots[1].Y, "larger values lie higher");
            Assert.NotNull(layout.Polyline);
            var width = Number(layout.ViewBox.Split(' ')[2]);
            foreach (var value in layout.Texts.Where(t => t.Class == "chart__value").SelectMany(t => t.Lines))
                Assert.True(Number(value.X) + ChartTextWidth.Of(value.Text, Number(layout.FontSize)) <= width, $"{layout.Fit}: {value.Text} ends inside the chart");
        }
    }

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(new[] { 70.4, 15.5, 14.2 }, "percent", null, false)]
    [InlineData(new[] { 70.4, 15.5, 13.9 }, "percent", null, true)]
    [InlineData(new[] { 19053.0, 12375.0 }, "count", 31000.0, true)]
    [InlineData(new[] { 19053.0, 11947.0 }, "count", 31000.0, false)]
    public void Breakdown_parts_must_add_up_within_rounding(double[] values, string unit, double? total, bool warns)
    {
        var at = SourceLocation.StartOf("d.yml");
        var decimals = unit == "percent" ? 1 : 0;
        var rows = values.Select((v, i) => new DatasetRowRecord($"k{i}", null, null, v, null, null, null, at, decimals)).ToArray();
        var record = new DatasetRecord(new Located<string>("d", at), "breakdown", null, null, null, unit, total, null, null, rows, at);
        var dataset = new Dataset(record, DatasetKind.Breakdown, null, null);
        dataset.Rows.AddRange(rows.Select(r => new DatasetRow(r, null, null)));
        dataset.Mismatch = DataModelBuilder.SumOf(dataset);
        var diagnostics = new DiagnosticBag();
        DatasetChecks.CheckSum(dataset, diagnostics);
        Assert.Equal(warns, diagnostics.Sorted().Any(d => d.Code == DiagnosticCode.PartsDoNotAddUp));

        // Explaining the gap in 'discrepancy:' documents it: no warning, and the page tells readers instead.
        var explained = new Dataset(record with { Discrepancy = new LocalizedText(new Dictionary<string, string> { ["en"] = "why" }) }, DatasetKind.Breakdown, null, null);
        explained.Rows.AddRange(dataset.Rows);
        explained.Mismatch = DataModelBuilder.SumOf(explained);
        var quiet = new DiagnosticBag();
        DatasetChecks.CheckSum(explained, quiet);
        Assert.Empty(quiet.Sorted());
        Assert.Equal(warns, explained.Mismatch is not null);
    }
}
