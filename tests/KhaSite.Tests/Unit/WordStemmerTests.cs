using System.Diagnostics;
using System.Text.Json;
using KhaSite.Render.Search;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The search's stemmer: every inflected form of a paradigm reaches its base form's key, different words keep
/// different keys, Latin-script and Russian-style spellings meet the Kazakh one, and the page's search.js stems every
/// form exactly as the build does.
/// </summary>
public sealed class WordStemmerTests
{
    /// <summary>A base form, then its inflected and derived forms (plural, possessive, case, -дағы, -лық, -у …).</summary>
    public static readonly string[][] Kazakh =
    [
        ["ассамблея", "ассамблеясы", "ассамблеясының", "ассамблеясына", "ассамблеясында", "ассамблеясын", "ассамблеяның", "ассамблеяға", "ассамблеяда", "ассамблеядан", "ассамблеямен", "Ассамблеясымен"],
        ["конституция", "конституцияның", "конституцияға", "конституцияда", "конституциясы", "конституцияны", "конституциядан", "Конституциясының"],
        ["сессия", "сессиясы", "сессиясында", "сессиялары", "сессияларында", "сессияның", "сессияда", "сессиялар", "сессиясына"],
        ["заң", "заңы", "заңның", "заңға", "заңда", "заңдар", "заңдары", "заңдардың", "заңмен", "заңнан"],
        ["халық", "халқы", "халқының", "халықтың", "халыққа", "халықтар", "халықтары", "халықтардың", "халықпен"],
        ["үй", "үйі", "үйлері", "үйлерінде", "үйде", "үйге", "үйдің", "үйлер"],
        ["мәдениет", "мәдениеті", "мәдениеттің", "мәдениетке", "мәдениетте", "мәдениеттер"],
        ["орталық", "орталығы", "орталықтар", "орталықтары", "орталықтың", "орталыққа", "орталықтарының"],
        ["Назарбаев", "Назарбаевтың", "Назарбаевқа", "Назарбаевпен", "Назарбаевты", "Назарбаевтан", "Nazarbayev"],
        ["Қазақстан", "Қазақстанның", "Қазақстанға", "Қазақстанда", "Қазақстаннан", "Қазақстандағы", "Қазақстанды", "Kazakhstan", "Казахстан", "Qazaqstan"],
        ["тіл", "тілі", "тілдер", "тілдің", "тілге", "тілде", "тілдері", "тілдерін"],
        ["ел", "елі", "елдің", "елге", "елде", "елдер", "елдерінің"],
        ["жыл", "жылы", "жылдың", "жылға", "жылда", "жылдар", "жылдары", "жылдан"],
        ["бірлік", "бірлігі", "бірлігін", "бірлікке", "бірліктің", "бірлігінің"],
        ["келісім", "келісімі", "келісімнің", "келісімге", "келісімде", "келісімдер"],
        ["мемлекет", "мемлекеттің", "мемлекетке", "мемлекеттік", "мемлекеттер", "мемлекеті"],
        ["тарих", "тарихы", "тарихының", "тарихта", "тарихқа"],
        ["кеңес", "кеңесі", "кеңестің", "кеңеске", "кеңесте", "кеңестер", "кеңестері"],
        ["қоғам", "қоғамы", "қоғамның", "қоғамға", "қоғамда", "қоғамдық"],
        ["ұлт", "ұлттар", "ұлттың", "ұлттық", "ұлтқа", "ұлттардың"],
        ["дін", "діні", "діндер", "діндердің", "дінге", "дінде"],
        ["бірлестік", "бірлестігі", "бірлестіктер", "бірлестіктердің", "бірлестікке"],
        ["жоба", "жобасы", "жобалар", "жобалары", "жобаның", "жобаға", "жобада"],
        ["бағдарлама", "бағдарламасы", "бағдарламаның", "бағдарламаға", "бағдарламалар"],
        ["институт", "институты", "институттар", "институттың", "институтқа"],
        ["медиация", "медиацияның", "медиацияға", "медиациялық", "медиациясы"],
        ["комитет", "комитеті", "комитеттің", "комитетке"],
        ["төраға", "төрағасы", "төрағасының", "төрағаға", "төрағалары"],
        ["форум", "форумы", "форумның", "форумға", "форумда", "форумнан"],
        ["жарлық", "жарлығы", "жарлықтың", "жарлыққа", "жарлықпен", "жарлықтар"],
        ["тұжырымдама", "тұжырымдамасы", "тұжырымдаманың", "тұжырымдамаға", "тұжырымдамада"],
        ["мерейтой", "мерейтойы", "мерейтойына", "мерейтойда"],
        ["сайлау", "сайлауы", "сайлауда", "сайлауға"],
        ["құқық", "құқығы", "құқықтары", "құқықтың"],
        ["достық", "достығы", "достыққа", "достықтың"],
        ["ана", "аналар", "ананың", "анаға"],
        ["зерттеуші", "зерттеушілер", "зерттеушілердің"],
        ["депортация", "депортациясы", "депортацияның", "депортациялар", "депортацияланған", "депортациялану"],
        ["репрессия", "репрессиясы", "репрессиялар", "репрессиялардың"],
        ["этнос", "этностар", "этностардың", "этносы"],
        ["мақсат", "мақсаты", "мақсаттары", "мақсатқа", "мақсаттың"],
        ["міндет", "міндеті", "міндеттері", "міндеттердің", "міндетке"],
        ["қызмет", "қызметі", "қызметінің", "қызметке", "қызметте"],
        ["саясат", "саясаты", "саясатының", "саясатқа", "саясаттың"],
        ["конференция", "конференциясы", "конференцияда"],
        ["кітап", "кітабы", "кітаптар", "кітаптың"],
        ["Астана", "Астанада", "Астанаға", "Astana"],
        ["Тоқаев", "Тоқаевтың", "Tokayev", "Токаев"],
        ["Тоғжанов", "Тоғжановтың", "Togzhanov"],
        ["мемориал", "мемориалы", "мемориалдың"],
        ["дін", "діни", "діннің"],
        ["ғылым", "ғылыми", "ғылымның"],
        ["тарихи", "тарих", "тарихқа"],
        ["ассамблея", "Assambleia", "Assambleiasy", "Assambleiasynyn"],
    ];

    public static readonly string[][] English =
    [
        ["session", "sessions", "session's"],
        ["assembly", "assemblies", "assembly's", "Assembly’s"],
        ["found", "founded", "founding", "founds"],
        ["decree", "decrees", "decreed"],
        ["law", "laws", "law's"],
        ["constitution", "constitutions", "constitution's"],
        ["council", "councils", "council's"],
        ["centre", "centres"],
        ["house", "houses"],
        ["religion", "religions"],
        ["mediation", "mediations"],
        ["people", "peoples", "people's"],
        ["nation", "nations"],
        ["programme", "programmes"],
        ["project", "projects"],
        ["community", "communities"],
        ["repress", "repressed", "repressing"],
        ["deport", "deported", "deporting"],
        ["celebrate", "celebrated", "celebrates", "celebrating"],
        ["unite", "united", "unites", "uniting"],
        ["create", "created", "creates", "creating"],
        ["adopt", "adopted", "adopting", "adopts"],
        ["establish", "established", "establishing", "establishes"],
        ["amendment", "amendments"],
        ["Kazakhstan", "Kazakhstan's"],
        ["Nazarbayev", "Nazarbayev's"],
        ["election", "elections"],
        ["referendum", "referendums"],
        ["conflict", "conflicts"],
        ["journalist", "journalists"],
        ["institute", "institutes"],
        ["religion", "religions", "religious"],
        ["tolerance", "tolerant"],
        ["Kazakhstan", "Kazakhstani"],
        ["president", "presidents"],
    ];

    /// <summary>Words that must not be taken for one another.</summary>
    public static readonly (string Lang, string A, string B)[] Different =
    [
        ("kk", "ел", "жел"), ("kk", "жыл", "жол"), ("kk", "дін", "тіл"), ("kk", "халық", "қала"), ("kk", "заң", "зат"),
        ("kk", "ассамблея", "сессия"), ("kk", "ана", "ата"), ("kk", "ұлт", "үй"), ("kk", "мемлекет", "мәдениет"),
        ("kk", "1995", "1992"), ("en", "census", "cens"), ("en", "law", "lawyer"), ("en", "session", "assembly"), ("en", "1995", "1996"),
    ];

    public static TheoryData<string, string[]> Paradigms()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var forms in Kazakh) data.Add("kk", forms);
        foreach (var forms in English) data.Add("en", forms);
        return data;
    }

    [Fact]
    public void The_paradigms_hold_at_least_200_word_forms() =>
        Assert.True(Kazakh.Sum(p => p.Length) >= 200, $"{Kazakh.Sum(p => p.Length)} Kazakh forms");

    [Theory]
    [MemberData(nameof(Paradigms))]
    public void Every_form_reaches_the_key_of_its_base_form(string lang, string[] forms)
    {
        var stemmer = WordStemmer.For(lang);
        var expected = Key(stemmer, forms[0]);
        Assert.NotNull(expected);
        var wrong = forms.Select(f => (Form: f, Key: Key(stemmer, f))).Where(f => f.Key != expected).ToList();
        Assert.True(wrong.Count == 0, $"base '{forms[0]}' → '{expected}', but " + string.Join(", ", wrong.Select(w => $"'{w.Form}' → '{w.Key}'")));
    }

    [Fact]
    public void Different_words_keep_different_keys()
    {
        foreach (var (lang, a, b) in Different)
        {
            var stemmer = WordStemmer.For(lang);
            Assert.NotEqual(Key(stemmer, a), Key(stemmer, b));
        }
    }

    [Theory]
    [InlineData("kk", "және")]
    [InlineData("kk", "ның")]
    [InlineData("en", "the")]
    [InlineData("en", "of")]
    public void Stop_words_and_lone_endings_have_no_key(string lang, string word) => Assert.Null(WordStemmer.For(lang).Key(word));

    [Fact]
    public void The_words_of_a_text_are_split_at_hyphens_and_punctuation_and_lowercased() =>
        Assert.Equal(["ұлттық", "мәдени", "қха", "ның", "1995", "kazakhstan's"],
            WordStemmer.Words("Ұлттық-мәдени ҚХА-ның (1995), Kazakhstan's").ToArray());

    /// <summary>The page stems with search.js and the same table: both must give every form the same key.</summary>
    [VerifyFact(Needs.Node)]
    public void The_page_script_stems_every_form_as_the_build_does()
    {
        var forms = new Dictionary<string, string[]>
        {
            ["kk"] = Kazakh.SelectMany(p => p).Concat(Different.Where(d => d.Lang == "kk").SelectMany(d => new[] { d.A, d.B })).ToArray(),
            ["en"] = English.SelectMany(p => p).Concat(Different.Where(d => d.Lang == "en").SelectMany(d => new[] { d.A, d.B })).ToArray(),
        };
        var dir = Directory.CreateTempSubdirectory("khasite-stem-");
        try
        {
            var input = Path.Combine(dir.FullName, "forms.json");
            File.WriteAllText(input, JsonSerializer.Serialize(forms));
            var script = Path.Combine(dir.FullName, "stem.js");
            File.WriteAllText(script, """
                const search = require(process.argv[2]);
                const rules = JSON.parse(require("fs").readFileSync(process.argv[3], "utf8"));
                const forms = JSON.parse(require("fs").readFileSync(process.argv[4], "utf8"));
                const out = {};
                for (const lang of Object.keys(forms)) {
                  const stemmer = search.stemmer(rules.languages[lang]);
                  out[lang] = forms[lang].map((f) => search.words(f).map((w) => stemmer.key(w.word) ?? "null").join(" "));
                }
                process.stdout.write(JSON.stringify(out));
                """);
            var rules = Path.Combine(dir.FullName, "rules.json");
            File.WriteAllText(rules, SearchRules.Default.Json);
            var start = new ProcessStartInfo(Tools.NodePath!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { script, Path.Combine(RepoPaths.Theme, "assets", "search.js"), rules, input }) start.ArgumentList.Add(arg);
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEnd();
            var error = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, error);
            var fromPage = JsonSerializer.Deserialize<Dictionary<string, string[]>>(output)!;
            var count = 0;
            foreach (var (lang, list) in forms)
            {
                var stemmer = WordStemmer.For(lang);
                var fromBuild = list.Select(f => string.Join(" ", WordStemmer.Words(f).Select(w => stemmer.Key(w) ?? "null"))).ToArray();
                Assert.Equal(fromBuild, fromPage[lang]);
                count += list.Length;
            }
            Assert.True(count >= 200, $"{count} forms compared");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string? Key(WordStemmer stemmer, string form) => string.Join(" ", WordStemmer.Words(form).Select(stemmer.Key));
}
