namespace KhaSite.Tests.Support;

/// <summary>
/// The fixture site the browser, accessibility, validator and link tests check: both languages, two sections,
/// articles that link each other (with Kazakh heading anchors), an infobox, headings for a table of contents,
/// a table, a list, and an article without its English translation.
/// When a feature adds a kind of page or element, add it here so every verification layer sees it.
/// </summary>
public static class VerificationSiteContent
{
    public static FixtureSite Write(FixtureSite site) => site
        .Article("history", "founding", "kk", "Ассамблеяның құрылуы",
            """
            Ассамблея 1995 жылы 1 наурызда құрылды. Оған дейін 1992 жылы
            [Қазақстан халықтарының форумы](forum-1992.kk.md) өтті.

            ## Құрылу алғышарттары

            Көпұлтты қоғамдағы келісімді сақтау қажеттілігі туралы қысқаша мәтін. Қазақстанның
            этносаралық келісімін нығайтуға бағытталған ұйымдастырушылық-құқықтық шаралар.

            ### Алғашқы сессия

            Алғашқы сессия туралы: құрылтайшылар, қатысушылар, шешімдер.

            ## Құқықтық негізі

            Мәртебесі [2008 жылғы заңмен](../law/law-2008.kk.md#заңның-мақсаты) бекітілді.
            Сондай-ақ [тек қазақша мақаланы](../law/only-kk.kk.md) қараңыз.

            | Жыл | Оқиға |
            | --- | --- |
            | 1992 | Форум |
            | 1995 | Ассамблея құрылды |
            """,
            "infobox:\n  founded: 1995-03-01\n  founder: Қазақстан Президенті\nsee_also:\n  - ../law/law-2008.kk.md\n")
        .Article("history", "founding", "en", "Founding of the Assembly",
            """
            The Assembly was founded on 1 March 1995. Before it, the
            [Forum of the Peoples of Kazakhstan](forum-1992.en.md) met in 1992.

            ## Background

            A short text on keeping accord in a society of many peoples.

            ### The first session

            On the first session: founders, participants, decisions.

            ## Legal basis

            Its status was set by [the 2008 law](../law/law-2008.en.md#purpose-of-the-law).

            | Year | Event |
            | --- | --- |
            | 1992 | Forum |
            | 1995 | Assembly founded |
            """,
            "infobox:\n  founded: 1995-03-01\n  founder: President of Kazakhstan\nsee_also:\n  - ../law/law-2008.en.md\n")
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
            "infobox:\n  adopted: 2008-10-20\n")
        .Article("law", "law-2008", "en", "The 2008 law",
            """
            The law set the Assembly's status. For its history see [the founding](../history/founding.en.md#legal-basis).

            ## Purpose of the law

            Text on the purpose of the law.

            ## Structure

            Text on its structure.
            """,
            "infobox:\n  adopted: 2008-10-20\n")
        .Article("law", "only-kk", "kk", "Тек қазақша жазылған мақала",
            """
            Бұл мақаланың ағылшынша аудармасы әлі жоқ. Ол [2008 жылғы заңға](law-2008.kk.md) сілтейді.
            """);
}
