using System.Text;
using Ical.Net;
using KhaSite.Load;
using nietras.SeparatedValues;

namespace KhaSite.Tests.Machine;

/// <summary>The timeline's iCalendar files read back with Ical.Net, and the CSV downloads with Sep.</summary>
public sealed class CalendarAndCsvTests(MachineSite fixture) : IClassFixture<MachineSite>
{
    [Theory]
    [InlineData("kk")]
    [InlineData("en")]
    public void The_calendar_holds_every_dated_event_as_an_all_day_span_of_its_precision(string lang)
    {
        var calendar = Calendar.Load(fixture.Site.ReadOutput($"{lang}/timeline/timeline.ics"))!;
        var events = calendar.Events.ToDictionary(e => e.Uid!.Split('-')[0]);
        Assert.Equal(3, events.Count);
        (string Id, DateOnly Start, DateOnly End, string Precision)[] expected =
        [
            ("forum", new(1992, 12, 1), new(1993, 1, 1), "MONTH"),
            ("founded", new(1995, 3, 1), new(1995, 3, 2), "DAY"),
            ("centre", new(2015, 1, 1), new(2016, 1, 1), "YEAR"),
        ];
        foreach (var (id, start, end, precision) in expected)
        {
            var e = events[id];
            Assert.True(e.IsAllDay, id);
            Assert.False(e.DtStart!.HasTime);
            Assert.Equal(start, e.DtStart.Date);
            Assert.Equal(end, e.DtEnd!.Date);
            Assert.Equal(precision, e.Properties.Get<string>("X-KHASITE-DATE-PRECISION"));
            // DTSTAMP is the build's reproducible time: the newest commit, not the event's own date.
            Assert.Equal(DateTimeOffset.Parse(MachineSite.SecondCommit, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, e.DtStamp!.AsUtc);
        }
        Assert.Contains(lang == "en" ? "only the year (2015)" : "тек жылын (2015)", events["centre"].Description, StringComparison.Ordinal);
        Assert.Contains(lang == "en" ? "only the month (December 1992)" : "тек айын", events["forum"].Description, StringComparison.Ordinal);
        Assert.Equal(lang == "en" ? "By decree, text; more." : "Жарлық, мәтін; тағы.", events["founded"].Description);
    }

    [Fact]
    public void The_build_time_is_source_date_epoch_else_the_newest_commit_else_the_newest_input_file()
    {
        var root = Path.Combine(Path.GetTempPath(), "khasite-dates-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var file = Path.Combine(root, "a.md");
            File.WriteAllText(file, "x");
            File.SetLastWriteTimeUtc(file, new DateTime(2023, 5, 6, 7, 8, 9, DateTimeKind.Utc));
            var history = GitHistory.Parse("\u00012025-01-15T23:30:00+05:00\n\nb.md\n\u00012024-03-01T10:00:00+05:00\n\nb.md\n", root);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), new InputDates(history, root, "1700000000").BuildTime);
            Assert.Equal(DateTimeOffset.Parse("2025-01-15T18:30:00Z", System.Globalization.CultureInfo.InvariantCulture), new InputDates(history, root, null).BuildTime);
            Assert.Equal(new DateTimeOffset(2023, 5, 6, 7, 8, 9, TimeSpan.Zero), new InputDates(GitHistory.Empty, root, null).BuildTime);
            // A file git knows has the dates of its first and last commits; one it does not, its own time.
            var dates = new InputDates(history, root, null);
            Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(5)), dates.Created(Path.Combine(root, "b.md")));
            Assert.Equal(new DateTimeOffset(2025, 1, 15, 23, 30, 0, TimeSpan.FromHours(5)), dates.Changed(Path.Combine(root, "b.md")));
            Assert.Equal(new DateTimeOffset(2023, 5, 6, 7, 8, 9, TimeSpan.Zero), dates.Changed(file));
            // SOURCE_DATE_EPOCH clamps a newer file time.
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_600_000_000), new InputDates(GitHistory.Empty, root, "1600000000").Changed(file));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("kk/statistics/census/census.csv", "key", "Қазақтар")]
    [InlineData("en/statistics/census/census.csv", "key", "Russians, “ethnic”")] // the label's quotes typeset as English ones (issue 18 item 16)
    [InlineData("kk/timeline/timeline.csv", "id", "Ассамблея құрылды")]
    public void Csv_downloads_start_with_a_byte_order_mark_and_read_back(string path, string firstColumn, string label)
    {
        var bytes = File.ReadAllBytes(Path.Combine(fixture.Site.Output, path));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(new MemoryStream(bytes));
        Assert.Equal(firstColumn, reader.Header.ColNames[0]);
        var cells = new List<string>();
        foreach (var row in reader)
            for (var i = 0; i < row.ColCount; i++) cells.Add(row[i].ToString());
        Assert.Contains(label, cells);
    }

    [Theory]
    [InlineData("en/statistics/census/index.html", "byte-order mark")]
    [InlineData("kk/timeline/index.html", "BOM")]
    public void The_download_sections_say_the_csv_has_a_byte_order_mark(string page, string words) =>
        Assert.Contains(words, fixture.Site.Html(page).QuerySelector(".downloads")?.TextContent, StringComparison.Ordinal);
}
