using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Load.Script;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The Cyrillic → Latin converter of the kk-latn edition: a table of words covering every letter, the contextual
/// rules, what it leaves alone, the exception list, and whole articles with the round trip back to Cyrillic.
/// </summary>
public sealed class KazakhLatinTests
{
    private static readonly (string Cyrillic, string Latin)[] Table = File.ReadAllLines(
            Path.Combine(RepoPaths.Root, "tests", "KhaSite.Tests", "Unit", "kazakh-latin-words.tsv"))
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(l => l.Split('\t'))
        .Select(p => (p[0], p[1]))
        .ToArray();

    [Fact]
    public void The_word_table_converts_word_for_word_and_covers_every_letter()
    {
        Assert.True(Table.Length >= 300, $"{Table.Length} words");
        var wrong = Table.Where(t => KazakhLatin.Plain.ToLatin(t.Cyrillic) != t.Latin).Select(t => $"{t.Cyrillic} → {KazakhLatin.Plain.ToLatin(t.Cyrillic)}, not {t.Latin}");
        Assert.Empty(wrong);
        var letters = Table.SelectMany(t => t.Cyrillic.ToLowerInvariant()).ToHashSet();
        Assert.Equal("", string.Concat("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщыіэюя".Where(c => !letters.Contains(c))));
    }

    [Theory]
    [InlineData("ЮНЕСКО", "İUNESKO")]
    [InlineData("ҚХА", "QHA")]
    [InlineData("ҚазМұнайГаз", "QazMūnaiGaz")]
    [InlineData("Ішкі істер", "Işkı ıster")]
    [InlineData("Ынтымақ", "Yntymaq")]
    [InlineData("Ит", "İt")]
    [InlineData("екі ел", "ekı el")]
    [InlineData("Еуропа", "Europa")]
    [InlineData("Щучинск", "Şşuçinsk")]
    [InlineData("ЩУЧИНСК", "ŞŞUÇİNSK")]
    [InlineData("Яссауи", "İassaui")]
    [InlineData("съезд, объект, фильм", "sezd, obekt, film")]
    [InlineData("Цой", "Tsoi")]
    [InlineData("Эль", "El")]
    [InlineData("ОБЪЕКТ", "OBEKT")]
    public void Contextual_rules(string cyrillic, string latin) => Assert.Equal(latin, KazakhLatin.Plain.ToLatin(cyrillic));

    [Theory]
    [InlineData("XX ғасыр, 1995 жылғы 1 наурыз", "XX ğasyr, 1995 jylğy 1 nauryz")]
    [InlineData("[@abdugani2025, 11-б.] https://akorda.kz/kk/ [#population-2021]", "[@abdugani2025, 11-b.] https://akorda.kz/kk/ [#population-2021]")]
    [InlineData("Kazakhstan және UNESCO", "Kazakhstan jäne UNESCO")]
    [InlineData("70,4 %", "70,4 %")]
    public void Latin_text_numbers_urls_and_keys_pass_unchanged(string text, string expected) =>
        Assert.Equal(expected, KazakhLatin.Plain.ToLatin(text));

    [Fact]
    public void Code_in_markdown_stays_as_written()
    {
        var markdown = "Мәтін `код қазақша` және\n```yaml\nатауы: мән\n```\nСоңы ``а`б``.";
        Assert.Equal("Mätın `код қазақша` jäne\n```yaml\nатауы: мән\n```\nSoñy ``а`б``.", MarkdownScript.Convert(markdown, KazakhLatin.Plain.ToLatin));
    }

    [Fact]
    public void Exceptions_cover_a_word_and_its_inflections_in_its_case()
    {
        var converter = new KazakhLatin(new Dictionary<string, string> { ["назарбаев"] = "Nazarbayev", ["съез"] = "sezd" });
        Assert.Equal("Nazarbayev", converter.ToLatin("Назарбаев"));
        Assert.Equal("Nazarbayevtyñ", converter.ToLatin("Назарбаевтың"));
        Assert.Equal("NAZARBAYEV", converter.ToLatin("НАЗАРБАЕВ"));
        Assert.Equal("sezdı", converter.ToLatin("съезі"));
        Assert.Equal("Nazarbaev", KazakhLatin.Plain.ToLatin("Назарбаев"));
    }

    [Fact]
    public void Kept_texts_stay_in_cyrillic_where_they_are_quoted()
    {
        var converter = new KazakhLatin(keep: ["Межнациональные конфликты"]);
        Assert.Equal("Ol «Межнациональные конфликты» maqalasy", converter.ToLatin("Ол «Межнациональные конфликты» мақаласы"));
    }

    [Theory]
    [InlineData("- word: Назарбаев 2\n  latin: Nazarbaev\n", "KHA0080")]
    [InlineData("- word: Назарбаев\n  latin: Назарбаев\n", "KHA0081")]
    [InlineData("- word: Назарбаев\n  latin: Nazarbaev\n- word: назарбаев\n  latin: Nazarbayev\n", "KHA0082")]
    [InlineData("- word: Назарбаев\n", "KHA0005")]
    public void A_bad_exception_is_reported_where_it_stands(string yaml, string code)
    {
        var dir = Directory.CreateTempSubdirectory("khasite-latin-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "data"));
            var path = Path.Combine(dir, "data", "latin-exceptions.yml");
            File.WriteAllText(path, yaml);
            var diagnostics = new DiagnosticBag();
            LatinExceptionsLoader.Load(path, diagnostics);
            Assert.Equal([code], diagnostics.Sorted().Select(d => d.Code.Id));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_table_comes_back_to_cyrillic_where_the_mapping_is_reversible()
    {
        var reversible = Table.Where(t => KazakhLatin.IsReversible(t.Cyrillic)).ToArray();
        Assert.True(reversible.Length > Table.Length * 3 / 4, $"{reversible.Length} of {Table.Length}");
        Assert.Empty(reversible.Where(t => KazakhLatin.ToCyrillic(t.Latin) != t.Cyrillic).Select(t => $"{t.Latin} → {KazakhLatin.ToCyrillic(t.Latin)}"));
        Assert.Equal("XX ғасыр", KazakhLatin.ToCyrillic("XX ğasyr"));
        Assert.Equal("Іс", KazakhLatin.ToCyrillic("Is"));
    }

    [Fact]
    public void Every_kazakh_article_converts_and_its_reversible_words_come_back()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Input, "articles"), "*.kk.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var diagnostics = new DiagnosticBag();
        var converter = LatinExceptionsLoader.Converter([], ["Межнациональные конфликты: характеристика, причины и основные классификации"]);
        int words = 0, back = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var latin = MarkdownScript.Convert(text, converter.ToLatin);
            var left = latin.Replace("Межнациональные конфликты: характеристика, причины и основные классификации", "", StringComparison.Ordinal);
            Assert.False(left.Any(KazakhLatin.IsCyrillicLetter), $"{file}: Cyrillic left in the Latin text");
            var cyrillicWords = Words(text);
            var latinWords = Words(latin);
            Assert.Equal(cyrillicWords.Length, latinWords.Length);
            for (var i = 0; i < cyrillicWords.Length; i++)
            {
                if (!cyrillicWords[i].Any(KazakhLatin.IsCyrillicLetter) || !KazakhLatin.IsReversible(cyrillicWords[i])) continue;
                words++;
                Assert.Equal(cyrillicWords[i], KazakhLatin.ToCyrillic(latinWords[i]));
                back++;
            }
        }
        Assert.Empty(diagnostics.Sorted());
        Assert.True(words > 10_000, $"{words} reversible words");
        Assert.Equal(words, back);
    }

    /// <summary>The words of a text: runs of letters (the converter never joins nor splits them).</summary>
    private static string[] Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\p{L}+").Select(m => m.Value).ToArray();

    [Fact]
    public void A_script_edition_is_declared_with_from_and_tagged_in_bcp47()
    {
        var language = LanguageDefaults.Kazakh with { Code = "kk-latn", Script = "Latn", From = "kk" };
        Assert.Equal("kk-Latn", language.Tag);
        Assert.Equal("kk", LanguageDefaults.Kazakh.Tag);
        Assert.True(ScriptConverters.Converts(LanguageDefaults.Kazakh, language));
        Assert.False(ScriptConverters.Converts(LanguageDefaults.English, language));
    }
}
