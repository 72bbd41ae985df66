namespace KhaSite.Tests.Support;

/// <summary>
/// The fixture site the browser, accessibility, validator and link tests check: both languages, two sections,
/// articles that link each other (with Kazakh heading anchors), an infobox, headings for a table of contents,
/// a table, a list, citations with a bibliography, a timeline and a chart embed, a glossary, categories and tags,
/// an article without its English translation, and articles whose Kazakh titles start with Kazakh-only letters.
/// When a feature adds a kind of page or element, add it here so every verification layer sees it.
/// </summary>
public static class VerificationSiteContent
{
    public static FixtureSite Write(FixtureSite site) => site
        .Write("data/sources.yml", """
            - id: author2023
              type: article-journal
              title: "Ассамблея тарихы"
              title-en: "A history of the Assembly"
              author: [{family: Авторов, given: Әли}]
              issued: {date-parts: [[2023]]}
              container-title: "Хабаршы"
              volume: "3"
              page: "10-20"
              DOI: 10.1515/9780295800530-005
              URL: https://example.com/journals/khabarshy/archive/2023/issue-3/assembly-history-full-text.pdf
              language: kk
            - id: law2008
              type: legislation
              title: "Қазақстан халқы Ассамблеясы туралы Заң"
              title-en: "Law on the Assembly of People of Kazakhstan"
              issued: {date-parts: [[2008, 10, 20]]}
              language: kk
            """)
        .Write("data/timeline.yml", """
            - id: forum
              date: 1992-12-14
              tags: [founding]
              title: {kk: Қазақстан халықтарының форумы, en: Forum of the Peoples of Kazakhstan}
              cite: "@author2023, p. 10"
              article: history/forum-1992
            - id: founded
              date: 1995-03-01
              tags: [founding]
              title: {kk: Ассамблея құрылды, en: The Assembly is founded}
              cite: "@author2023, p. 12"
              article: history/founding
            - id: law
              date: 2008-10
              tags: [law]
              title: {kk: Заң қабылданды, en: The law is adopted}
              cite: "@law2008"
              article: law/law-2008
            """)
        .Write("data/statistics/members.yml", """
            id: members
            kind: breakdown
            title: {kk: Ассамблея мүшелері, en: Members of the Assembly}
            as_of: 2023
            unit: count
            cite: "@author2023"
            rows:
              - {key: centres, label: {kk: Этномәдени орталықтар, en: Ethno-cultural centres}, value: 30}
              - {key: officials, label: {kk: Лауазымды тұлғалар, en: Officials}, value: 10}
            """)
        .Write("data/glossary.yml", """
            - id: accord
              term: {kk: Келісім, en: Accord}
              definition: {kk: Ұлтаралық татулық пен өзара түсіністік., en: Peace and mutual understanding between peoples.}
              cite: "@author2023"
              articles: [history/founding]
            """)
        .Write("data/categories.yml", """
            - id: event
              label: {kk: Оқиға, en: Event}
            - id: document
              label: {kk: Құжат, en: Document}
            """)
        .Write("data/tags.yml", """
            - id: founding
              label: {kk: Құрылу, en: Founding}
            - id: law
              label: {kk: Заңнама, en: Legislation}
            """)
        .Article("history", "founding", "kk", "Ассамблеяның құрылуы",
            """
            Ассамблея 1995 жылы 1 наурызда құрылды [@author2023, p. 12]. Оған дейін 1992 жылы
            [Қазақстан халықтарының форумы](forum-1992.kk.md) өтті [@author2023; @law2008].

            ## Құрылу алғышарттары

            Көпұлтты қоғамдағы келісімді сақтау қажеттілігі туралы қысқаша мәтін. Қазақстанның
            этносаралық келісімін нығайтуға бағытталған ұйымдастырушылық-құқықтық шаралар.

            ### Алғашқы сессия

            Алғашқы сессия туралы: құрылтайшылар, қатысушылар, шешімдер.

            ## Құқықтық негізі

            Мәртебесі [2008 жылғы заңмен](../law/law-2008.kk.md#заңның-мақсаты) бекітілді [@law2008].

            ```timeline
            tags: [founding]
            ```

            ```chart
            dataset: members
            ```
            Сондай-ақ [тек қазақша мақаланы](../law/only-kk.kk.md) қараңыз.

            | Жыл | Оқиға |
            | --- | --- |
            | 1992 | Форум |
            | 1995 | Ассамблея құрылды |
            """,
            "category: event\ntags: [founding]\ninfobox:\n  founded: 1995-03-01\n  founder: Қазақстан Президенті\nsee_also:\n  - ../law/law-2008.kk.md\n")
        .Article("history", "founding", "en", "Founding of the Assembly",
            """
            The Assembly was founded on 1 March 1995 [@author2023, p. 12]. Before it, the
            [Forum of the Peoples of Kazakhstan](forum-1992.en.md) met in 1992 [@author2023; @law2008].

            ## Background

            A short text on keeping accord in a society of many peoples.

            ### The first session

            On the first session: founders, participants, decisions.

            ## Legal basis

            Its status was set by [the 2008 law](../law/law-2008.en.md#purpose-of-the-law) [@law2008].

            ```timeline
            tags: [founding]
            ```

            ```chart
            dataset: members
            ```

            | Year | Event |
            | --- | --- |
            | 1992 | Forum |
            | 1995 | Assembly founded |
            """,
            "category: event\ntags: [founding]\ninfobox:\n  founded: 1995-03-01\n  founder: President of Kazakhstan\nsee_also:\n  - ../law/law-2008.en.md\n")
        .Article("history", "forum-1992", "kk", "1992 жылғы форум",
            """
            Форум 1992 жылы желтоқсанда Алматыда өтті. Ол [Ассамблеяның құрылуына](founding.kk.md) жол ашты.

            ## Форумның шешімдері

            - Бірінші шешім.
            - Екінші шешім.
            """,
            "infobox:\n  held: 1992-12\n  location: Алматы\n")
        .Article("history", "forum-1992", "en", "The 1992 forum",
            """
            The forum met in Almaty in December 1992. It led to the [founding of the Assembly](founding.en.md).

            ## Decisions of the forum

            - The first decision.
            - The second decision.
            """,
            "infobox:\n  held: 1992-12\n  location: Almaty\n")
        .Article("law", "law-2008", "kk", "2008 жылғы заң",
            """
            Заң Ассамблеяның мәртебесін белгіледі. Тарихын [Ассамблеяның құрылуы](../history/founding.kk.md#құқықтық-негізі) бөлімінен қараңыз.

            ## Заңның мақсаты

            Заңның мақсаты туралы мәтін.

            ## Құрылымы

            Құрылымы туралы мәтін.
            """,
            "category: document\ntags: [law]\ninfobox:\n  adopted: 2008-10-20\n")
        .Article("law", "law-2008", "en", "The 2008 law",
            """
            The law set the Assembly's status. For its history see [the founding](../history/founding.en.md#legal-basis).

            ## Purpose of the law

            Text on the purpose of the law.

            ## Structure

            Text on its structure.
            """,
            "category: document\ntags: [law]\ninfobox:\n  adopted: 2008-10-20\n")
        .Article("law", "only-kk", "kk", "Тек қазақша жазылған мақала",
            """
            Бұл мақаланың ағылшынша аудармасы әлі жоқ. Ол [2008 жылғы заңға](law-2008.kk.md) сілтейді.
            """)
        .Articles(ByKazakhLetter);

    /// <summary>
    /// Short cited articles whose Kazakh titles start with letters that the Kazakh alphabet orders differently from
    /// Unicode (Ә after А, Қ after К, Ұ after У, І after Ы), for the A–Z index; their words also serve the search tests.
    /// </summary>
    private static readonly (string Section, string Slug, string KkTitle, string KkText, string EnTitle, string EnText)[] ByKazakhLetter =
    [
        ("history", "social-accord", "Әлеуметтік келісім", "Ассамблея қоғамдағы әлеуметтік келісімді сақтауға үлес қосады [@author2023, p. 14].",
            "Social accord", "The Assembly helps keep social accord in society [@author2023, p. 14]."),
        ("law", "constitution", "Конституциялық негіз", "Ассамблея Конституцияда аталған [@author2023, p. 13].",
            "Constitutional basis", "The Assembly is named in the Constitution [@author2023, p. 13]."),
        ("history", "unity-day", "Қазақстан халқының бірлігі күні", "Бірлік күні жыл сайын 1 мамырда аталып өтеді [@author2023, p. 15].",
            "Unity Day of the People of Kazakhstan", "Unity Day is marked every year on 1 May [@author2023, p. 15]."),
        ("history", "university-chairs", "Университеттердегі кафедралар", "Университеттерде Ассамблея кафедралары ашылды [@author2023, p. 16].",
            "Chairs at universities", "Assembly chairs were opened at universities [@author2023, p. 16]."),
        ("history", "cultural-centres", "Ұлттық-мәдени орталықтар", "Этномәдени орталықтар Ассамблеяның негізін құрайды [@author2023, p. 17].",
            "Ethno-cultural centres", "Ethno-cultural centres form the basis of the Assembly [@author2023, p. 17]."),
        ("history", "solidarity", "Ынтымақ пен достық", "Ынтымақ пен достық — Ассамблея қызметінің өзегі [@author2023, p. 18].",
            "Solidarity and friendship", "Solidarity and friendship are at the heart of the Assembly's work [@author2023, p. 18]."),
        ("history", "domestic-policy", "Ішкі саясаттағы рөлі", "Ассамблея ұлтаралық қатынастар саясатына қатысады [@author2023, p. 19].",
            "Role in domestic policy", "The Assembly takes part in the policy on interethnic relations [@author2023, p. 19]."),
    ];

    private static FixtureSite Articles(this FixtureSite site, IEnumerable<(string Section, string Slug, string KkTitle, string KkText, string EnTitle, string EnText)> articles)
    {
        foreach (var a in articles)
            site.Article(a.Section, a.Slug, "kk", a.KkTitle, a.KkText).Article(a.Section, a.Slug, "en", a.EnTitle, a.EnText);
        return site;
    }
}
