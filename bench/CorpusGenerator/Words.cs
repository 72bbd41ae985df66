namespace CorpusGenerator;

/// <summary>The vocabularies the synthetic text is drawn from. Kazakh words use the letters ә ғ қ ң ө ұ ү һ і.</summary>
internal static class Words
{
    public static readonly string[] KkNouns =
    [
        "ассамблея", "қоғам", "келісім", "халық", "мемлекет", "тіл", "мәдениет", "өңір", "ұлт", "этнос", "бірлік",
        "достық", "татулық", "тарих", "заң", "жарлық", "сессия", "кеңес", "орталық", "жоба", "бағдарлама", "жастар",
        "ғылым", "білім", "зерттеу", "мұра", "дәстүр", "өнер", "әдебиет", "жиын", "форум", "құжат", "тұжырымдама",
        "саясат", "тұрақтылық", "сенім", "азамат", "отбасы", "медиация", "дау", "шешім", "ұйым", "бірлестік",
        "қауымдастық", "мектеп", "газет", "басылым", "аймақ", "облыс", "қала", "ауыл", "ынтымақ", "үйлесім", "құқық",
        "бостандық", "міндет", "мақсат", "қызмет", "нәтиже", "тәжірибе", "үлгі", "көрсеткіш", "санақ", "өкіл",
        "депутат", "парламент", "мәжіліс", "сенат", "төраға", "хатшылық", "шаһар", "жиһан", "қаһарман", "гауһар",
        "ахуал", "ұрпақ", "ғасыр", "көші-қон", "діни", "конфессия", "жарғы", "өкілдік", "үкімет", "әкімдік",
        "ұстаз", "ақын", "жазушы", "ғалым", "тұлға", "мереке", "мерейтой", "құрылтай", "кітап", "мұрағат",
    ];

    public static readonly string[] KkAdjectives =
    [
        "ұлттық", "ұлтаралық", "қазақстандық", "мемлекеттік", "қоғамдық", "мәдени", "тілдік", "өңірлік", "халықаралық",
        "жаңа", "негізгі", "маңызды", "тұрақты", "бірыңғай", "ортақ", "әлеуметтік", "рухани", "тарихи", "құқықтық",
        "ғылыми", "жергілікті", "республикалық", "азаматтық", "көпұлтты", "этномәдени", "ресми", "алғашқы", "кейінгі",
        "үлкен", "ұзақ", "қысқа", "бейбіт", "өзекті", "дәстүрлі", "заманауи", "қаһармандық", "жиһандық",
    ];

    public static readonly string[] KkVerbs =
    [
        "дамыды", "қабылданды", "өтті", "құрылды", "бекітілді", "атап өтті", "көрсетеді", "сипаттайды", "жүзеге асырды",
        "қолдады", "нығайтты", "ұсынды", "талқылады", "жазады", "келтіреді", "айтады", "түсіндіреді", "ұйымдастырды",
        "жалғасты", "өзгерді", "кеңейді", "біріктірді", "бағалайды", "дәлелдейді", "ескертеді", "толықтырды",
    ];

    public static readonly string[] KkConnectors =
    [
        "және", "мен", "сондай-ақ", "бірақ", "алайда", "осылайша", "кейін", "бұрын", "бойынша", "арқылы", "үшін",
        "туралы", "ішінде", "арасында", "сияқты", "кезінде", "жөнінде", "қатар", "әсіресе", "тіпті", "дейін",
    ];

    public static readonly string[] EnNouns =
    [
        "assembly", "society", "accord", "people", "state", "language", "culture", "region", "nation", "community",
        "unity", "friendship", "harmony", "history", "law", "decree", "session", "council", "centre", "project",
        "programme", "youth", "science", "education", "research", "heritage", "tradition", "art", "literature",
        "meeting", "forum", "document", "concept", "policy", "stability", "trust", "citizen", "family", "mediation",
        "dispute", "decision", "organisation", "association", "school", "newspaper", "publication", "province", "city",
        "village", "solidarity", "right", "freedom", "task", "aim", "service", "result", "experience", "model",
        "indicator", "census", "representative", "deputy", "parliament", "chamber", "senate", "chair", "secretariat",
        "generation", "century", "migration", "confession", "charter", "government", "teacher", "poet", "writer",
        "scholar", "figure", "festival", "anniversary", "congress", "book", "archive",
    ];

    public static readonly string[] EnAdjectives =
    [
        "national", "interethnic", "Kazakhstani", "public", "cultural", "linguistic", "regional", "international", "new",
        "main", "important", "permanent", "common", "shared", "social", "spiritual", "historical", "legal", "scientific",
        "local", "republican", "civic", "multiethnic", "ethnocultural", "official", "first", "later", "large", "long",
        "short", "peaceful", "pressing", "traditional", "modern",
    ];

    public static readonly string[] EnVerbs =
    [
        "developed", "was adopted", "took place", "was founded", "was approved", "noted", "shows", "describes",
        "carried out", "supported", "strengthened", "proposed", "discussed", "writes", "cites", "says", "explains",
        "organised", "continued", "changed", "expanded", "united", "assesses", "argues", "points out", "extended",
    ];

    public static readonly string[] EnConnectors =
    [
        "and", "with", "as well as", "but", "however", "thus", "after", "before", "under", "through", "for", "about",
        "within", "between", "such as", "during", "on", "alongside", "especially", "even", "until", "of", "the", "the",
        "the", "a", "in", "in", "to",
    ];

    /// <summary>Section headings, the same heading in both languages (GitHub ids stay unique within an article).</summary>
    public static readonly (string Kk, string En)[] Headings =
    [
        ("Тарихы", "History"), ("Құрылымы", "Structure"), ("Қызметі", "Activities"), ("Құқықтық негізі", "Legal basis"),
        ("Негізгі кезеңдер", "Main stages"), ("Қазіргі жағдайы", "Present state"), ("Сандар мен деректер", "Facts and figures"),
        ("Бағалау", "Assessment"), ("Пікірталастар", "Debates"), ("Өңірлердегі жұмыс", "Work in the regions"),
        ("Халықаралық байланыстар", "International ties"), ("Жастар арасындағы жұмыс", "Work with young people"),
        ("Мәдени мұра", "Cultural heritage"), ("Тіл саясаты", "Language policy"), ("Ғылыми зерттеулер", "Research"),
        ("Дереккөздердегі айырмашылықтар", "Differences between the sources"), ("Қаһармандар мен тұлғалар", "Heroes and figures"),
        ("Шаһарлар мен ауылдар", "Towns and villages"), ("Құрылуы, мақсаттары", "Founding, aims"), ("Нәтижелері", "Results"),
    ];

    /// <summary>Latin syllables for slugs and source ids.</summary>
    public static readonly string[] Latin =
    [
        "kelisim", "dostyq", "birlik", "qogam", "tarikh", "zan", "madeniet", "ortalyq", "assambleya", "kenes", "zhastar",
        "til", "ulttyq", "forum", "sessiya", "mura", "dastur", "ynt", "bilim", "gylym", "aimaq", "qala", "auyl", "uy",
        "mektep", "medeniet", "khalyq", "memleket", "tulga", "merey",
    ];

    public static readonly (string Kk, string En)[] Families =
    [
        ("Абдраимов", "Abdraimov"), ("Садықов", "Sadykov"), ("Қабылтаева", "Kabyltayeva"), ("Жексембаева", "Zheksembayeva"),
        ("Досмағамбетова", "Dosmagambetova"), ("Әбдіғани", "Abdigani"), ("Нұрғалиев", "Nurgaliyev"), ("Сейітқали", "Seitkali"),
        ("Өтебаев", "Otebayev"), ("Құдайбергенова", "Kudaibergenova"), ("Ыбырайұлы", "Ybyraiuly"), ("Ахметова", "Akhmetova"),
        ("Бөкейхан", "Bokeikhan"), ("Ғабдуллин", "Gabdullin"), ("Тәжібаев", "Tazhibayev"), ("Үсенова", "Ussenova"),
        ("Іргебаев", "Irgebayev"), ("Шаһанова", "Shakhanova"), ("Мұқанов", "Mukanov"), ("Нұрлыбеков", "Nurlybekov"),
    ];

    public static readonly string[] Initials = ["А.", "Б.", "Е.", "Ж.", "Қ.", "М.", "Н.", "Р.", "С.", "Т.", "Ұ.", "Ә."];

    /// <summary>The same initials as English writes them (index for index), so an English page has no Cyrillic letter.</summary>
    public static readonly string[] InitialsLatin = ["A.", "B.", "Ye.", "Zh.", "K.", "M.", "N.", "R.", "S.", "T.", "U.", "A."];

    public static readonly (string Kk, string En)[] Places =
    [
        ("Астана", "Astana"), ("Алматы", "Almaty"), ("Шымкент", "Shymkent"), ("Қарағанды", "Karaganda"), ("Ақтөбе", "Aktobe"),
        ("Өскемен", "Oskemen"), ("Павлодар", "Pavlodar"), ("Қостанай", "Kostanay"), ("Түркістан", "Turkistan"), ("Орал", "Oral"),
    ];

    public static readonly (string Kk, string En)[] Journals =
    [
        ("ҚазҰУ хабаршысы. Тарих сериясы", "Bulletin of KazNU. History Series"),
        ("Қарағанды университетінің хабаршысы", "Bulletin of the Karaganda University"),
        ("Әл-Фараби атындағы ҚазҰУ хабаршысы. Философия сериясы", "Al-Farabi KazNU Bulletin. Philosophy Series"),
        ("Қоғам және дәуір", "Society and Era"),
        ("Саясат", "Politics"),
    ];
}
