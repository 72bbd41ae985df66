using KhaSite.Load;
using KhaSite.Model;
using KhaSite.Render;

namespace KhaSite.Tests.Unit;

public class DateTests
{
    [Theory]
    [InlineData("1995", "1995", "1995")]
    [InlineData("1995-03", "наурыз 1995", "March 1995")]
    [InlineData("1995-03-01", "1995 жылғы 1 наурыз", "1 March 1995")]
    [InlineData("2008-10-20", "2008 жылғы 20 қазан", "20 October 2008")]
    public void Dates_are_written_as_precisely_as_known_in_each_language(string iso, string kk, string en)
    {
        var date = PartialDate.TryParse(iso, out var problem);
        Assert.Null(problem);
        Assert.Equal(kk, DateText.Format(date!.Value, LanguageDefaults.Kazakh));
        Assert.Equal(en, DateText.Format(date.Value, LanguageDefaults.English));
        Assert.Equal(iso, date.Value.ToString());
    }

    [Theory]
    [InlineData("1995-02-30")]
    [InlineData("1995-13")]
    [InlineData("95-03-01")]
    [InlineData("1995/03/01")]
    [InlineData("March 1995")]
    public void Malformed_or_impossible_dates_are_refused_with_a_reason(string text)
    {
        Assert.Null(PartialDate.TryParse(text, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Less_precise_dates_sort_before_more_precise_ones_of_the_same_period()
    {
        var dates = new[] { "1995-03-01", "1995", "1995-03" }.Select(d => PartialDate.TryParse(d, out _)!.Value).Order().Select(d => d.ToString());
        Assert.Equal(["1995", "1995-03", "1995-03-01"], dates);
    }
}
