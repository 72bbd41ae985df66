using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>site.yml's languages: codes take KhaSite's defaults, mappings override them, mistakes are diagnostics.</summary>
public sealed class LanguageTests : IDisposable
{
    private readonly FixtureSite _site = new(siteYml: null);

    public void Dispose() => _site.Dispose();

    /// <param name="titles">the site's title in each language (site.yml wants one per language)</param>
    private (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Load(string languages, string titles = "kk: Т, en: T")
    {
        _site.Write("site.yml", $"""
            title: {"{"}{titles}{"}"}
            base_url: https://example.org/
            languages:
            {languages}
            default_language: kk
            sections: []
            """);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Path.Combine(_site.Input, "site.yml"), diagnostics);
        return (config, diagnostics.Sorted());
    }

    [Fact]
    public void Codes_alone_keep_todays_site_working_with_the_defaults()
    {
        var (config, diagnostics) = Load("  - kk\n  - en");
        Assert.Empty(diagnostics);
        Assert.Equal(["kk", "en"], config!.Languages);
        Assert.Same(LanguageDefaults.Kazakh, config.Language("kk"));
        Assert.Same(LanguageDefaults.English, config.Language("en"));
        Assert.Equal("kk_KZ", config.Language("kk").OgLocale);
        Assert.Equal(ReferenceStyle.Gost, config.Language("kk").References);
        Assert.Equal("-en", config.Language("en").FieldSuffix);
        Assert.Equal("english", config.Language("en").BibTexName);
    }

    [Fact]
    public void A_mapping_overrides_only_the_fields_it_gives()
    {
        var (config, diagnostics) = Load("  - kk\n  - {code: en, og_locale: en_US, references: gost, percent_space: true}");
        Assert.Empty(diagnostics);
        var en = config!.Language("en");
        Assert.Equal("en_US", en.OgLocale);
        Assert.Equal(ReferenceStyle.Gost, en.References);
        Assert.True(en.Numbers.SpaceBeforePercent);
        Assert.Equal(LanguageDefaults.English.Dates, en.Dates);
        Assert.Equal(LanguageDefaults.English.BibTexName, en.BibTexName);
    }

    [Fact]
    public void A_script_variant_is_based_on_its_language_and_gives_what_differs()
    {
        var (config, diagnostics) = Load("""
              - kk
              - en
              - code: kk-latn
                based_on: kk
                script: Latn
                date_day: "{year} jylğy {day} {month}"
                months: [qañtar, aqpan, nauryz, säuır, mamyr, mausym, şılde, tamyz, qyrküiek, qazan, qaraşa, jeltoqsan]
            """, titles: "kk: Т, en: T, kk-latn: T");
        Assert.Empty(diagnostics);
        var latin = config!.Language("kk-latn");
        Assert.Equal("kk-latn", latin.Code);
        Assert.Equal("Latn", latin.Script);
        Assert.Equal("kk-KZ", latin.CultureName);
        Assert.Equal(ReferenceStyle.Gost, latin.References);
        Assert.Equal("nauryz", latin.Dates.MonthNames[2]);
        Assert.Equal(LanguageDefaults.Kazakh.Dates.Month, latin.Dates.Month);
        Assert.Equal("1995 jylğy 1 nauryz", Render.DateText.Format(new Model.PartialDate(1995, 3, 1), latin));
    }

    [Fact]
    public void A_language_without_defaults_takes_its_cultures_formats()
    {
        var (config, diagnostics) = Load("  - kk\n  - ru", titles: "kk: Т, ru: Т");
        Assert.Empty(diagnostics);
        var ru = config!.Language("ru");
        Assert.Equal("ru", ru.CultureName);
        Assert.Equal("russian", ru.BibTexName);
        Assert.Equal("-ru", ru.FieldSuffix);
        Assert.Equal(",", ru.Numbers.DecimalSeparator);
        Assert.Equal(ReferenceStyle.Chicago, ru.References);
        Assert.Equal(ProseNumberRules.None, ru.ProseNumbers);
        Assert.Equal(System.Globalization.CultureInfo.GetCultureInfo("ru").DateTimeFormat.MonthNames[2], ru.Dates.MonthNames[2]);
        Assert.Equal("70,4%", Render.Data.NumberText.Format(70.4, Model.DatasetUnit.Percent, ru, UiStringsLoader.Load(Path.Combine(RepoPaths.Theme, "i18n", "en.yml"), "en", new Diagnostics.DiagnosticBag())));
    }

    [Fact]
    public void A_wrong_setting_is_reported_and_the_language_stays_so_its_pages_raise_no_further_errors()
    {
        var (config, diagnostics) = Load("  - kk\n  - {code: en, culture: zz-ZZ, direction: up}");
        Assert.Equal(["KHA0050", "KHA0051"], diagnostics.Select(d => d.Id));
        Assert.Equal(["kk", "en"], config!.Languages);
        Assert.Equal(LanguageDefaults.English, config.Language("en"));
    }

    [Theory]
    [InlineData("  - kk\n  - xx-nowhere", "KHA0050", "'xx-nowhere'")]
    [InlineData("  - kk\n  - {code: kk-latn, culture: klingon}", "KHA0050", "'klingon'")]
    [InlineData("  - kk\n  - {code: en, direction: sideways}", "KHA0051", "'direction' of the language 'en' is ltr or rtl")]
    [InlineData("  - kk\n  - {code: en, og_locale: english}", "KHA0051", "'og_locale'")]
    [InlineData("  - kk\n  - {code: en, date_day: '{day} {month}'}", "KHA0051", "must contain {year}")]
    [InlineData("  - kk\n  - {code: en, date_month: '{month} {year} {hour}'}", "KHA0051", "knows only the placeholders")]
    [InlineData("  - kk\n  - {code: en, months: [a, b, c]}", "KHA0051", "it has 3")]
    [InlineData("  - kk\n  - {code: en, references: apa}", "KHA0051", "is gost or chicago")]
    [InlineData("  - kk\n  - {code: en, decimal_separator: ',', group_separator: ','}", "KHA0051", "the same")]
    [InlineData("  - kk\n  - {code: kk-latn, based_on: uz}", "KHA0051", "'based_on'")]
    [InlineData("  - kk\n  - {code: en, og_locle: en_US}", "KHA0003", "did you mean 'og_locale'")]
    [InlineData("  - kk\n  - {culture: en-GB}", "KHA0005", "needs its 'code'")]
    [InlineData("  - kk\n  - {code: EN}", "KHA0023", "'EN' is not a language code")]
    [InlineData("  - kk\n  - en\n  - {code: en, og_locale: en_US}", "KHA0021", "listed twice")]
    public void A_bad_language_entry_is_a_diagnostic_at_its_line(string languages, string code, string message)
    {
        var (_, diagnostics) = Load(languages);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == code);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(languages.Count(c => c == '\n') + 4, diagnostic.Location.Line);
        Assert.EndsWith("site.yml", diagnostic.Location.File, StringComparison.Ordinal);
    }
}
