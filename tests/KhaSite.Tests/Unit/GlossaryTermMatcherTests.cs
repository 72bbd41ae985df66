using KhaSite.Model;
using KhaSite.Render.Previews;
using KhaSite.Render.Search;
using KhaSite.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Tests.Unit;

/// <summary>
/// Glossary terms linked on first use (issue 18): the matcher finds a term's first use in body text, in Kazakh in its
/// inflected forms (the term followed by the search rules' endings, a final voiced consonant restored), never in
/// headings, links, code or citations, and only once per article.
/// </summary>
public class GlossaryTermMatcherTests
{
    private static readonly (string Id, IEnumerable<string> Forms)[] KazakhTerms =
    [
        ("assembly", ["Қазақстан халқы Ассамблеясы"]),
        ("decree", ["Жарлық"]),
        ("accord", ["Ұлтаралық (этносаралық) келісім"]),
        ("session", ["Ассамблея сессиясы", "сессия"]),
    ];

    private static GlossaryTermMatcher Kazakh() => new(KazakhTerms, SearchRules.Default.For("kk"));

    /// <summary>The text of each first use and its term, in document order.</summary>
    private static List<(string Text, string Id)> Uses(GlossaryTermMatcher matcher, string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        var uses = matcher.FirstUses(document);
        return document.Descendants<LiteralInline>().Where(uses.ContainsKey)
            .SelectMany(l => uses[l].Select(u => (l.Content.ToString().Substring(u.Start, u.Length), u.TermId))).ToList();
    }

    [Theory]
    [InlineData("Қазақстан халқы Ассамблеясының жұмысы.", "Қазақстан халқы Ассамблеясының")]
    [InlineData("Қазақстан халқы Ассамблеясына қатысты.", "Қазақстан халқы Ассамблеясына")]
    [InlineData("Президенттің Жарлығымен құрылды.", "Жарлығымен")]
    [InlineData("Жарлықтарда айтылған.", "Жарлықтарда")]
    [InlineData("ұлтаралық келісімді сақтау", "ұлтаралық келісімді")]
    [InlineData("Сессияларда қаралды.", "Сессияларда")]
    public void GlossaryTerms_are_found_in_their_Kazakh_inflected_forms(string text, string linked)
    {
        Assert.Equal(linked, Assert.Single(Uses(Kazakh(), text)).Text);
    }

    [Theory]
    [InlineData("Жарлыққа сай емес: жарлылық.")]        // жарлылық (poverty) is жарлы + лық, not Жарлық inflected
    [InlineData("Қазақстан халқы туралы.")]              // only part of a phrase
    [InlineData("ұлтаралық. Келісім бөлек сөйлемде.")]  // words of a phrase apart by a full stop
    public void GlossaryTerms_are_not_found_in_other_words(string text)
    {
        var uses = Uses(Kazakh(), text);
        Assert.DoesNotContain(uses, u => u.Id is "accord" or "assembly");
        Assert.DoesNotContain(uses, u => u.Text == "жарлылық");
    }

    [Fact]
    public void GlossaryTerms_in_the_Latin_script_edition_match_their_inflected_forms_by_Kazakh_rules()
    {
        var matcher = new GlossaryTermMatcher([("decree", ["Jarlyq"]), ("assembly", ["Qazaqstan halqy Assambleiasy"])], SearchRules.Default.For("kk"));
        Assert.Equal([("Qazaqstan halqy Assambleiasynyñ", "assembly"), ("Jarlyğymen", "decree")],
            Uses(matcher, "Qazaqstan halqy Assambleiasynyñ jūmysy Prezidenttıñ Jarlyğymen bekıtıldı."));
    }

    [Fact]
    public void GlossaryTerms_are_linked_only_on_first_use_and_the_longest_form_wins()
    {
        var uses = Uses(Kazakh(), "Ассамблея сессиясы өтті. Келесі сессиясы да өтті. Жарлық шықты, Жарлықты оқыдық.");
        Assert.Equal([("Ассамблея сессиясы", "session"), ("Жарлық", "decree")], uses);
    }

    [Fact]
    public void GlossaryTerms_are_not_linked_in_headings_links_code_or_citations()
    {
        var markdown = """
            # Жарлық туралы

            [Жарлық мәтіні](../law/decree.kk.md) және `Жарлық` және [@key, Жарлық 3-бап].

            > ### Сессия

            Мұнда Жарлықты оқимыз.
            """;
        Assert.Equal([("Жарлықты", "decree")], Uses(Kazakh(), markdown));
    }

    [Fact]
    public void GlossaryTerms_are_not_linked_inside_quotations_or_quoted_titles()
    {
        Assert.Equal([("Жарлыққа", "decree")], Uses(Kazakh(), "«Жарлық туралы „Жарлық туралы“» заң. Кейін Жарлыққа сай."));
        // A name written in quotes and nothing else is the term's own use.
        Assert.Equal([("Жарлық", "decree")], Uses(Kazakh(), "Бұл «Жарлық» деп аталды."));
        var english = new GlossaryTermMatcher([("assembly", ["the Assembly"])], SearchRules.Default.For("en"));
        Assert.Equal([("the Assembly", "assembly")], Uses(english, "Its title is “On the Creation of the Assembly”, and *the* law set up the Assembly."));
    }

    [Fact]
    public void GlossaryTerms_in_English_match_plurals_and_possessives_but_not_other_words()
    {
        var matcher = new GlossaryTermMatcher([("session", ["session of the Assembly", "session"]), ("decree", ["decree"]), ("assembly", ["the Assembly"])],
            SearchRules.Default.For("en"));
        Assert.Equal([("sessions", "session")], Uses(matcher, "Two sessions were held; the decreed date."));
        Assert.Equal([("the Assembly’s", "assembly")], Uses(matcher, "It was the Assembly’s aim."));
        Assert.Equal([("session of the Assembly", "session")], Uses(matcher, "At the session of the Assembly."));
    }

    /// <summary>
    /// The matcher skips a word whose first letters, read off the written word, start no form: those letters must be
    /// the first letters of the word's comparable form (lowercased, composed, marks removed, transliterated) whenever
    /// they are read at all. Every word of the real site's articles in its three scripts, and words built to differ.
    /// </summary>
    [Theory]
    [InlineData("kk")]
    [InlineData("en")]
    public void A_word_s_first_letters_read_off_as_written_are_those_of_its_comparable_form(string lang)
    {
        var stemmer = new WordStemmer(SearchRules.Default.For(lang));
        var texts = Directory.EnumerateFiles(Path.Combine(RepoPaths.Input, "articles"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.True(texts.Count > 100, $"{texts.Count} articles");
        texts.AddRange(texts.Where(t => t.Any(KhaSite.Load.Script.KazakhLatin.IsCyrillicLetter)).Select(KhaSite.Load.Script.KazakhLatin.Plain.ToLatin).ToList());
        texts.Add("İstanbul Ёлка е\u0301л И\u0306ә a\u0301b ǅemal Straße 1995 Ⅻ ﬁne Ωμέγα 한국 x\u0483y ſ K Å Ω ӘЛЕМ Jarlyğymen Şäkärım ŞÄKÄRIM "
            + "Ңң Іі \u0301ab e\u0308 ё ё Ҷ ԝ ӏ ae\u0301 Oe\u0308r");
        int words = 0, read = 0;
        Span<char> head = stackalloc char[2];
        foreach (var text in texts)
            foreach (var (start, length) in WordStemmer.WordSpans(text))
            {
                words++;
                var written = text.AsSpan(start, length);
                if (!stemmer.TryReadHead(written, head, out var headLength)) continue;
                read++;
                var form = stemmer.Transliterate(WordStemmer.Normalize(written.ToString()));
                Assert.True(form.AsSpan(0, Math.Min(2, form.Length)).SequenceEqual(head[..headLength]),
                    $"'{written}': read '{head[..headLength]}', its form is '{form}'");
            }
        // Most words are read off (else the matcher makes every word's form again, as before).
        Assert.True(read > words / 2, $"{read} of {words} words read off");
    }

    [Fact]
    public void Summaries_are_capped_on_a_word_boundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("ассамблея", 40));
        var capped = PagePreviews.Cap(text);
        Assert.True(capped.Length <= PagePreviews.SummaryLimit, capped.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("ассамблея…", capped, StringComparison.Ordinal);
        Assert.Equal("Short text.", PagePreviews.Cap("Short  text."));
    }
}
