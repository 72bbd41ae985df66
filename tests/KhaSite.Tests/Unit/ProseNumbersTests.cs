using KhaSite.Load;
using KhaSite.Check;

namespace KhaSite.Tests.Unit;

public class ProseNumbersTests
{
    private static string[] Figures(string text, string lang) =>
        ProseNumbers.Figures(text, LanguageDefaults.Find(lang)?.ProseNumbers ?? ProseNumberRules.None).Select(f => text.Substring(f.Index, f.Length)).ToArray();

    [Theory]
    [InlineData("Форумға 700 өкіл қатысты.", "700")]
    [InlineData("Халық саны 19 186 015 адам.", "19 186 015")]
    [InlineData("Халық 3,9 %-ға өсті.", "3,9")]
    [InlineData("Мәжіліс депутаттарының саны 107 адамға дейін көбейді.", "107")]
    [InlineData("Діни бірлестіктер 38 басылым шығарған.", "38")]
    [InlineData("3816 діни бірлестік тіркелген.", "3816")]
    [InlineData("700-ден астам өкіл, 9-ы Ассамблеядан.", "700", "9")]
    public void Kazakh_figures_are_found(string text, params string[] expected) => Assert.Equal(expected, Figures(text, "kk"));

    [Theory]
    [InlineData("1995 жылы 1 наурызда құрылды.")]
    [InlineData("2002–2011 жылдарға арналған стратегия, 1992-1995 жылдар.")]
    [InlineData("2016 ж. 30 маусымда қол қойылды, желтоқсан 1992.")]
    [InlineData("Конституцияның 7, 19 және 39-баптары, 14-бабы 2-тармағы, «14-1 бөлімінің 6-бабы».")]
    [InlineData("XIII сессия, 16-сессия, 1-ші орын, 90-шы жылдар, 20 ғасыр.")]
    [InlineData("«Қазақстан – 2050» Стратегиясы; ISBN 978-601-262-587-5; Абдраимов (2023); 8-бет.")]
    [InlineData("1) бірінші; 2) екінші; (Абдраимов т.б., 2023).")]
    [InlineData("Президенттің 2007 және 2013 жылдардағы актілері; 9–15-еңбектер.")]
    public void Kazakh_years_dates_sections_pages_ordinals_and_titles_are_not_figures(string text) => Assert.Empty(Figures(text, "kk"));

    [Theory]
    [InlineData("About 700 delegates attended.", "700")]
    [InlineData("The population was 19,186,015 and grew by 3.9%.", "19,186,015", "3.9")]
    [InlineData("There were 3,420 associations in 1,853 places.", "3,420", "1,853")]
    public void English_figures_are_found(string text, params string[] expected) => Assert.Equal(expected, Figures(text, "en"));

    [Theory]
    [InlineData("On 1 March 1995, in 2002–2011 and in March 2007, on 1 Jan 2006.")]
    [InlineData("Article 39, articles 7, 19 and 39, article 14(2), section 14-1, p. 10, pp. 3–5, Law No. 70-IV.")]
    [InlineData("The 13th session, the 1990s, the 20th century.")]
    [InlineData("The \"Kazakhstan 2050\" strategy; cited as [2, p. 18]; works 9–15 of the list.")]
    public void English_years_dates_sections_pages_ordinals_and_quotations_are_not_figures(string text) => Assert.Empty(Figures(text, "en"));

    /// <summary>The quotation marks are counted from number to number through the paragraph: each number is judged by
    /// all the marks before it, also when other numbers come between.</summary>
    [Theory]
    [InlineData("The \"Programme 2050, 12 tasks\" has 40 goals, the “Plan 300 and 7” 50 steps, «Road 80» 60 km.", "40", "50", "60")]
    [InlineData("About 10 people said \"100 and 200\", then 30 more “left 400 “in 500” 600” and 70.", "10", "30", "70")]
    public void Numbers_after_a_closed_quotation_are_figures_again(string text, params string[] expected) =>
        Assert.Equal(expected, Figures(text, "en"));
}
