using KhaSite.Load;
using KhaSite.Load.Script;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The order of the Kazakh Latin alphabet of 2021 (issue 23), which no culture provides: the letters in the table's
/// order, Ş after S and I (ı) before İ, case ignored; and the converter's letters are exactly that table's.
/// </summary>
public sealed class AlphabetOrderTests
{
    private const string Alphabet2021 = "A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z";

    private static readonly AlphabetOrder Order = AlphabetOrder.KazakhLatin2021;

    [Fact]
    public void The_letters_sort_in_the_order_of_the_2021_table()
    {
        var letters = Alphabet2021.Split(' ');
        Assert.Equal(31, letters.Length);
        var shuffled = letters.Reverse().Select((l, i) => i % 2 == 0 ? l : KazakhLatin.Lower(l[0]).ToString()).ToArray();
        Assert.Equal(letters, shuffled.Order(Order).Select(l => Order.Initial(l)));
    }

    [Theory]
    [InlineData("Sabaq", "Şaiqas")]
    [InlineData("Sūhbat", "şeşım")]
    [InlineData("Ibyraiym", "İnstitut")]
    [InlineData("ıstık", "ideia")]
    [InlineData("Zañ", "Zaña")]
    [InlineData("Qazaqstan halqy", "Qazaqstandağy")]
    [InlineData("Ūlt", "Ülgı")]
    [InlineData("Gaz", "Ğasyr")]
    [InlineData("Nazarbaev", "Ñ")]
    [InlineData("2020", "Abai")]
    public void Words_sort_by_the_alphabet(string first, string second)
    {
        Assert.True(Order.Compare(first, second) < 0, $"{first} < {second}");
        Assert.True(Order.Compare(second, first) > 0, $"{second} > {first}");
    }

    [Fact]
    public void Case_is_ignored_with_the_kazakh_capitals_of_i()
    {
        Assert.Equal(0, Order.Compare("İnstitut", "institut"));
        Assert.Equal(0, Order.Compare("Işkı", "ışkı"));
        Assert.NotEqual(0, Order.Compare("Işkı", "işkı"));
        Assert.Equal("İ", Order.Initial("ideia"));
        Assert.Equal("I", Order.Initial("ıstık"));
        Assert.Equal("Ş", Order.Initial("şeşım"));
    }

    [Fact]
    public void A_language_gets_the_order_by_name_else_its_cultures()
    {
        var latin = LanguageDefaults.Kazakh with { Code = "kk-latn", Script = "Latn", CollationName = "kk-Latn-2021" };
        Assert.Same(Order, latin.Collation);
        Assert.Equal("İ", latin.Initial("ideia"));
        Assert.NotSame(Order, LanguageDefaults.Kazakh.Collation);
        Assert.Null(AlphabetOrder.Find("kk-KZ"));
    }

    /// <summary>
    /// The letter table of <see cref="KazakhLatin"/> against the 2021 table (<see cref="AlphabetOrder.KazakhLatin2021"/>
    /// cites where it was checked): each Kazakh letter, small and capital, becomes its one Latin letter, and the
    /// Kazakh letters give all 31 letters of the alphabet and no other.
    /// </summary>
    [Theory]
    [InlineData("а", "a")]
    [InlineData("ә", "ä")]
    [InlineData("б", "b")]
    [InlineData("д", "d")]
    [InlineData("е", "e")]
    [InlineData("ф", "f")]
    [InlineData("г", "g")]
    [InlineData("ғ", "ğ")]
    [InlineData("х", "h")]
    [InlineData("һ", "h")]
    [InlineData("і", "ı")]
    [InlineData("и", "i")]
    [InlineData("й", "i")]
    [InlineData("ж", "j")]
    [InlineData("к", "k")]
    [InlineData("л", "l")]
    [InlineData("м", "m")]
    [InlineData("н", "n")]
    [InlineData("ң", "ñ")]
    [InlineData("о", "o")]
    [InlineData("ө", "ö")]
    [InlineData("п", "p")]
    [InlineData("қ", "q")]
    [InlineData("р", "r")]
    [InlineData("с", "s")]
    [InlineData("ш", "ş")]
    [InlineData("т", "t")]
    [InlineData("у", "u")]
    [InlineData("ұ", "ū")]
    [InlineData("ү", "ü")]
    [InlineData("в", "v")]
    [InlineData("ы", "y")]
    [InlineData("з", "z")]
    public void Each_row_of_the_letter_table(string cyrillic, string latin)
    {
        Assert.Equal(latin, KazakhLatin.Plain.ToLatin(cyrillic));
        Assert.Equal(KazakhLatin.Upper(latin[0]).ToString(), KazakhLatin.Plain.ToLatin(cyrillic.ToUpperInvariant()));
    }

    [Fact]
    public void The_kazakh_letters_make_the_31_letters_of_2021()
    {
        const string kazakh = "аәбвгғдежзийкқлмнңоөпрстуұүфхһшыі";
        var made = kazakh.Select(c => Order.Initial(KazakhLatin.Plain.ToLatin(c.ToString()))).Distinct().Order(Order);
        Assert.Equal(Alphabet2021.Split(' '), made);
    }
}
