using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusGenerator;

/// <summary>
/// Writes a deterministic synthetic KhaSite input folder with N article pairs (kk + en) for benchmarking:
/// site.yml, articles/&lt;section&gt;/&lt;slug&gt;.{kk,en}.md of about 600 words each, and data/ (sources, timeline,
/// tags, categories, statistics) scaled with N. The same arguments always give byte-identical files.
/// usage: CorpusGenerator --pairs N --out DIR [--seed S] [--no-embeds] [--data REAL_INPUT_DATA_DIR]
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        int? pairs = null;
        string? output = null, data = null;
        var seed = 42;
        var embeds = true;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--pairs": pairs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--out": output = Next(); break;
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--data": data = Next(); break;
                case "--embeds": embeds = true; break;
                case "--no-embeds": embeds = false; break;
                default:
                    Console.Error.WriteLine($"corpus-generator: unknown argument '{args[i]}'");
                    return Usage();
            }
        }
        if (pairs is not > 0 || output is null) return Usage();
        data ??= FindRealData();
        if (data is null || !File.Exists(Path.Combine(data, "categories.yml")) || !File.Exists(Path.Combine(data, "tags.yml")))
        {
            Console.Error.WriteLine("corpus-generator: cannot find the real input/data (categories.yml, tags.yml); pass --data");
            return 2;
        }
        var stats = new Corpus(pairs.Value, seed, embeds, data).Write(output);
        Console.WriteLine($"corpus-generator: {pairs} pairs ({2 * pairs} articles, {stats.Words / (2 * pairs):0} words each on average), " +
            $"{stats.Sources} sources, {stats.Events} timeline events, {stats.Datasets} datasets, {stats.Citations} citations, " +
            $"{stats.Links} links{(embeds ? $", {stats.Embeds} embeds" : ", no embeds")} → {output}");
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: CorpusGenerator --pairs N --out DIR [--seed S] [--no-embeds] [--data REAL_INPUT_DATA_DIR]");
        return 2;
    }

    /// <summary>The repository's own input/data, found by walking up from the program (bench/CorpusGenerator/bin/…).</summary>
    private static string? FindRealData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "input", "data");
            if (File.Exists(Path.Combine(candidate, "categories.yml"))) return candidate;
        }
        return null;
    }
}

internal sealed record Stats(long Words, int Sources, int Events, int Datasets, int Citations, int Links, int Embeds);

internal sealed record ArticleMeta(
    int Index, string Section, string Slug, string TitleKk, string TitleEn, string SummaryKk, string SummaryEn,
    string Category, string[] Tags, (string Kk, string En)[] Headings)
{
    public string Key => $"{Section}/{Slug}";
    public string Title(string lang) => lang == "kk" ? TitleKk : TitleEn;
    public string Heading(int i, string lang) => lang == "kk" ? Headings[i].Kk : Headings[i].En;
}

internal sealed record SourceMeta(string Id);

/// <summary>One block of an article body, planned once so that both languages get the same structure and citations.</summary>
internal sealed record BlockPlan(string Kind, int Section, List<string> Cites, List<(ArticleMeta Target, int? Heading)> Links);

internal sealed partial class Corpus(int pairs, int seed, bool embeds, string realData)
{
    private static readonly (string Id, string Kk, string En, string DescKk, string DescEn)[] Sections =
    [
        ("overview", "Шолу", "Overview", "Ассамблея туралы қысқаша және оның мақсат-міндеттері.", "The Assembly in brief and its aims and tasks."),
        ("history", "Тарихы", "History", "1992 жылғы форумнан 30 жылдық мерейтойға дейін.", "From the 1992 forum to the 30th anniversary."),
        ("law", "Құқықтық негіздер", "Legal foundations", "Конституция, заңдар, жарлықтар және халықаралық құжаттар.", "The Constitution, laws, decrees and international instruments."),
        ("institutions", "Институттар", "Institutions", "Ассамблеяның құрылымдары мен оған жақын мекемелер.", "The Assembly's bodies and the institutions around it."),
        ("mediation", "Медиация", "Mediation", "Дауларды сотқа дейін татуластыру арқылы шешу.", "Settling disputes by conciliation before they reach a court."),
        ("society", "Қоғам", "Society", "Этникалық құрам, діндер және ұлтаралық келісімнің қазақстандық үлгісі.", "Ethnic composition, religions and the Kazakhstan model of interethnic accord."),
        ("programmes", "Бағдарламалар мен жобалар", "Programmes and projects", "Мемлекеттік бағдарламалар және Ассамблеяның жобалары.", "State programmes and the Assembly's projects."),
        ("people", "Тұлғалар", "People", "Дереккөздерде аталатын адамдар.", "The people the sources name."),
        ("debates", "Пікірталастар", "Debates", "Дереккөздер көтеретін мәселелер мен сындар.", "The problems and criticisms the sources raise."),
    ];

    private static readonly string[] InfoboxKeys = ["founded", "type", "location", "chair", "members", "founder"];

    private string[] _categories = [];
    private string[] _tags = [];
    private ArticleMeta[] _articles = [];
    private SourceMeta[] _sources = [];
    private string[] _datasets = [];

    private Random Rng(int stream, int index) => new(unchecked(seed * 1_000_003 + stream * 7_919 + index * 104_729));

    public Stats Write(string outDir)
    {
        foreach (var sub in new[] { "articles", "data" })
            if (Directory.Exists(Path.Combine(outDir, sub))) Directory.Delete(Path.Combine(outDir, sub), recursive: true);
        Directory.CreateDirectory(Path.Combine(outDir, "data", "statistics"));

        _categories = Ids(File.ReadAllText(Path.Combine(realData, "categories.yml"))).Where(c => c != "source").ToArray();
        _tags = Ids(File.ReadAllText(Path.Combine(realData, "tags.yml")));
        File.Copy(Path.Combine(realData, "categories.yml"), Path.Combine(outDir, "data", "categories.yml"));
        File.Copy(Path.Combine(realData, "tags.yml"), Path.Combine(outDir, "data", "tags.yml"));

        _articles = Enumerable.Range(0, pairs).Select(Meta).ToArray();
        var sourceCount = Math.Max(10, pairs / 5);
        var datasetCount = Math.Max(3, pairs / 20);
        var eventCount = Math.Max(5, pairs / 10);
        _datasets = Enumerable.Range(0, datasetCount).Select(j => $"dataset-{j:D4}-{Words.Latin[j % Words.Latin.Length]}").ToArray();

        Save(Path.Combine(outDir, "site.yml"), SiteYml());
        // KhaSite reads at most 4 MiB from one YAML file: past SourcesPerFile the rest go to data/bibliography/.
        var bibliography = SourcesYml(sourceCount);
        Save(Path.Combine(outDir, "data", "sources.yml"), bibliography[0]);
        for (var part = 1; part < bibliography.Count; part++)
        {
            Directory.CreateDirectory(Path.Combine(outDir, "data", "bibliography"));
            Save(Path.Combine(outDir, "data", "bibliography", $"sources-{part:D3}.yml"), bibliography[part]);
        }
        Save(Path.Combine(outDir, "data", "timeline.yml"), TimelineYml(eventCount));
        for (var j = 0; j < datasetCount; j++)
            Save(Path.Combine(outDir, "data", "statistics", _datasets[j] + ".yml"), DatasetYml(j));
        foreach (var section in _articles.Select(a => a.Section).Distinct())
            Directory.CreateDirectory(Path.Combine(outDir, "articles", section));

        long words = 0;
        int citations = 0, links = 0, embedCount = 0;
        Parallel.For(0, pairs, i =>
        {
            var a = _articles[i];
            var (kk, en, w, c, l, e) = Pair(a);
            Save(Path.Combine(outDir, "articles", a.Section, a.Slug + ".kk.md"), kk);
            Save(Path.Combine(outDir, "articles", a.Section, a.Slug + ".en.md"), en);
            Interlocked.Add(ref words, w);
            Interlocked.Add(ref citations, c);
            Interlocked.Add(ref links, l);
            Interlocked.Add(ref embedCount, e);
        });
        return new Stats(words, sourceCount, eventCount, datasetCount, citations, links, embedCount);
    }

    private static void Save(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));

    private static string[] Ids(string yaml) => IdLine().Matches(yaml).Select(m => m.Groups[1].Value).ToArray();

    [GeneratedRegex(@"^- id: *([A-Za-z0-9_-]+)", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    /// <summary>GitHub-style heading id, as Markdig's AutoIdentifierOptions.GitHub computes it.</summary>
    public static string HeadingId(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
            if (char.IsLetterOrDigit(c) || c is ' ' or '-' or '_') sb.Append(c == ' ' ? '-' : char.ToLowerInvariant(c));
        return sb.ToString();
    }

    // ---------------------------------------------------------------- articles

    private ArticleMeta Meta(int i)
    {
        var rng = Rng(1, i);
        var section = Sections[i % Sections.Length].Id;
        var slug = $"{Pick(rng, Words.Latin)}-{Pick(rng, Words.Latin)}-{i:D5}";
        var kk = new TextMaker(rng, "kk");
        var en = new TextMaker(rng, "en");
        var year = rng.Next(10) < 3 ? $" ({rng.Next(1991, 2026)})" : "";
        var titleKk = kk.Phrase(rng.Next(2, 5)) + year;
        var titleEn = en.Phrase(rng.Next(2, 5)) + year;
        var summaryKk = kk.Sentence(12, 20);
        var summaryEn = en.Sentence(12, 20);
        var headingCount = rng.Next(4, 6);
        var headings = Words.Headings.OrderBy(_ => rng.Next()).Take(headingCount).ToArray();
        var tags = _tags.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)).ToArray();
        return new ArticleMeta(i, section, slug, titleKk, titleEn, summaryKk, summaryEn, Pick(rng, _categories), tags, headings);
    }

    private (string Kk, string En, long Words, int Citations, int Links, int Embeds) Pair(ArticleMeta a)
    {
        var rng = Rng(2, a.Index);
        var h = a.Headings.Length;
        // Blocks: a lead paragraph, one or two paragraphs per section, one list and one table; each cites once.
        var blocks = new List<BlockPlan> { new("p", -1, [], []) };
        var doubled = rng.Next(h + 2); // a section with a second paragraph (≥ h: none)
        var listAt = rng.Next(h);
        var tableAt = rng.Next(h);
        for (var s = 0; s < h; s++)
        {
            blocks.Add(new("p", s, [], []));
            if (s == doubled) blocks.Add(new("p", s, [], []));
            if (s == listAt) blocks.Add(new("list", s, [], []));
            if (s == tableAt) blocks.Add(new("table", s, [], []));
        }
        var paragraphs = blocks.Where(b => b.Kind == "p").ToList();
        var first = true;
        foreach (var block in blocks)
        {
            block.Cites.Add(Cite(rng, first ? a.Index % _sources.Length : null));
            first = false;
        }
        if (rng.Next(2) == 0) Pick(rng, paragraphs).Cites.Add(Cite(rng, null)); // 7–10 citations per article

        var linkCount = rng.Next(5, 11);
        var targets = new HashSet<int>();
        while (targets.Count < Math.Min(linkCount, pairs - 1))
        {
            var t = rng.Next(pairs);
            if (t != a.Index) targets.Add(t);
        }
        foreach (var t in targets.Order())
        {
            var target = _articles[t];
            int? anchor = rng.Next(100) < 35 ? rng.Next(target.Headings.Length) : null;
            var holder = rng.Next(6) == 0 ? blocks.First(b => b.Kind == "list") : Pick(rng, paragraphs);
            holder.Links.Add((target, anchor));
        }
        var seeAlso = targets.Order().Take(rng.Next(2, 4)).ToArray();
        var embedAt = embeds && rng.Next(10) == 0 ? rng.Next(h) : -2; // -2: none (-1 is the lead)
        var embed = rng.Next(2) == 0
            ? $"```timeline\ntags: [{Pick(rng, _tags)}]\nfrom: {rng.Next(1992, 2005)}\nto: {rng.Next(2006, 2026)}\n```"
            : $"```chart\ndataset: {Pick(rng, _datasets)}\n```";

        var words = 0L;
        string Write(string lang)
        {
            var text = new TextMaker(rng, lang);
            var sb = new StringBuilder();
            sb.Append("---\n");
            sb.Append($"title: \"{a.Title(lang)}\"\n");
            sb.Append($"summary: \"{(lang == "kk" ? a.SummaryKk : a.SummaryEn)}\"\n");
            sb.Append($"category: {a.Category}\n");
            sb.Append($"tags: [{string.Join(", ", a.Tags)}]\n");
            sb.Append("infobox:\n");
            foreach (var key in InfoboxKeys.Take(2 + a.Index % 3)) sb.Append($"  {key}: {InfoboxValue(key, a, lang)}\n");
            sb.Append("see_also:\n");
            foreach (var t in seeAlso) sb.Append($"  - ../{_articles[t].Section}/{_articles[t].Slug}.{lang}.md\n");
            sb.Append("---\n");
            var section = -1;
            foreach (var block in blocks)
            {
                if (block.Section != section)
                {
                    if (section == embedAt) sb.Append(embed).Append("\n\n");
                    section = block.Section;
                    sb.Append("## ").Append(a.Heading(section, lang)).Append("\n\n");
                }
                var links = block.Links.Select(l => Link(l.Target, l.Heading, lang)).ToList();
                sb.Append(block.Kind switch
                {
                    "p" => text.Paragraph(rng.Next(70, 100), block.Cites, links),
                    "list" => text.List(block.Cites, links),
                    _ => text.Table(block.Cites, _datasets.Where((_, j) => j % 2 == 0).ToArray()),
                });
                sb.Append("\n\n");
            }
            if (section == embedAt) sb.Append(embed).Append("\n\n");
            words += text.Words;
            return sb.ToString().TrimEnd('\n') + "\n";
        }
        var kk = Write("kk");
        var en = Write("en");
        var citations = blocks.Sum(b => b.Cites.Count);
        return (kk, en, words, 2 * citations, 2 * targets.Count, embedAt >= -1 ? 2 : 0);
    }

    private string InfoboxValue(string key, ArticleMeta a, string lang)
    {
        var rng = Rng(3, a.Index);
        var place = Pick(rng, Words.Places);
        var family = Pick(rng, Words.Families);
        return key switch
        {
            "founded" => $"{rng.Next(1991, 2025)}-{rng.Next(1, 13):D2}-{rng.Next(1, 29):D2}",
            "type" => lang == "kk" ? "\"Қоғамдық бірлестік\"" : "\"Public association\"",
            "location" => $"\"{(lang == "kk" ? place.Kk : place.En)}\"",
            "members" => rng.Next(20, 500).ToString(CultureInfo.InvariantCulture),
            _ => $"\"{(lang == "kk" ? Words.Initials : Words.InitialsLatin)[rng.Next(Words.Initials.Length)]} {(lang == "kk" ? family.Kk : family.En)}\"",
        };
    }

    private static string Link(ArticleMeta target, int? heading, string lang) =>
        $"[{target.Title(lang)}](../{target.Section}/{target.Slug}.{lang}.md" +
        (heading is { } h ? "#" + HeadingId(target.Heading(h, lang)) : "") + ")";

    /// <summary>A citation in brackets: one or two sources, some with a page.</summary>
    private string Cite(Random rng, int? source)
    {
        string Item(int s) => "@" + _sources[s].Id + (rng.Next(2) == 0 ? $", p. {rng.Next(1, 400)}" : "");
        var first = source ?? rng.Next(_sources.Length);
        if (rng.Next(10) < 3)
        {
            var second = rng.Next(_sources.Length);
            if (second != first) return $"[{Item(first)}; {Item(second)}]";
        }
        return $"[{Item(first)}]";
    }

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    // ---------------------------------------------------------------- data

    private string SiteYml()
    {
        var sb = new StringBuilder();
        sb.Append("# Synthetic benchmark corpus written by bench/CorpusGenerator; not real content.\n");
        sb.Append("title:\n  kk: Қазақстан халқы Ассамблеясы энциклопедиясы (сынақ)\n  en: Encyclopedia of the Assembly of People of Kazakhstan (benchmark)\n");
        sb.Append("description:\n  kk: Өнімділікті өлшеуге арналған жасанды мәтін.\n  en: Synthetic text for measuring performance.\n");
        sb.Append("base_url: https://khasite.github.io/khasite/\nrepository: https://github.com/khasite/khasite\nbranch: main\n");
        sb.Append("languages: [kk, en]\ndefault_language: kk\nsections:\n");
        foreach (var s in Sections)
            sb.Append($"  - id: {s.Id}\n    title: {{kk: \"{s.Kk}\", en: \"{s.En}\"}}\n    description: {{kk: \"{s.DescKk}\", en: \"{s.DescEn}\"}}\n");
        return sb.ToString();
    }

    /// <summary>Sources per bibliography file (about 2.4 MB of YAML), under KhaSite's 4 MiB bound on one file.</summary>
    private const int SourcesPerFile = 4000;

    private List<string> SourcesYml(int count)
    {
        var files = new List<string>();
        var rng = Rng(4, 0);
        var kk = new TextMaker(rng, "kk");
        var en = new TextMaker(rng, "en");
        var ids = new HashSet<string>();
        var list = new List<SourceMeta>();
        var sb = new StringBuilder("# Synthetic bibliography (CSL-YAML) written by bench/CorpusGenerator.\n");
        for (var j = 0; j < count; j++)
        {
            if (j > 0 && j % SourcesPerFile == 0)
            {
                files.Add(sb.ToString());
                sb = new StringBuilder("# Synthetic bibliography (CSL-YAML) written by bench/CorpusGenerator, continued.\n");
            }
            var type = (j % 5) switch { 0 or 3 => "article-journal", 1 => "book", 2 => "legislation", _ => "paper-conference" };
            var year = rng.Next(1992, 2026);
            var authors = Enumerable.Range(0, rng.Next(1, 4)).Select(_ => (Pick(rng, Words.Families), Pick(rng, Words.Initials))).ToArray();
            var stem = type == "legislation" ? $"law-{Pick(rng, Words.Latin)}" : authors[0].Item1.En.ToLowerInvariant();
            var id = $"{stem}{year}";
            for (var suffix = 'a'; !ids.Add(id); suffix++) id = $"{stem}{year}{(suffix <= 'z' ? suffix.ToString() : "-" + j)}";
            list.Add(new SourceMeta(id));
            sb.Append($"\n- id: {id}\n  type: {type}\n");
            sb.Append($"  title: \"{kk.Phrase(rng.Next(4, 9))}\"\n  title-en: \"{en.Phrase(rng.Next(4, 9))}\"\n");
            if (type != "legislation")
            {
                sb.Append("  author:\n");
                foreach (var (f, init) in authors) sb.Append($"    - {{family: {f.Kk}, given: {init}}}\n");
                sb.Append("  author-en:\n");
                foreach (var (f, _) in authors) sb.Append($"    - {{family: {f.En}, given: {f.En[0]}.}}\n");
            }
            switch (type)
            {
                case "article-journal":
                    var journal = Pick(rng, Words.Journals);
                    var page = rng.Next(5, 300);
                    sb.Append($"  container-title: \"{journal.Kk}\"\n  container-title-en: \"{journal.En}\"\n");
                    sb.Append($"  issue: \"{rng.Next(1, 5)}({rng.Next(50, 130)})\"\n  page: \"{page}–{page + rng.Next(4, 16)}\"\n");
                    sb.Append($"  issued: {{date-parts: [[{year}]]}}\n");
                    break;
                case "book":
                    var place = Pick(rng, Words.Places);
                    sb.Append($"  publisher: \"{kk.Phrase(2)}\"\n  publisher-place: {place.Kk}\n");
                    sb.Append($"  ISBN: \"978-601-{rng.Next(100, 999)}-{rng.Next(100, 999)}-{rng.Next(0, 10)}\"\n");
                    sb.Append($"  issued: {{date-parts: [[{year}]]}}\n");
                    break;
                case "legislation":
                    sb.Append($"  number: \"{rng.Next(1, 600)}-{(rng.Next(2) == 0 ? "IV" : "V")}\"\n");
                    sb.Append("  authority: \"Қазақстан Республикасының Президенті\"\n");
                    sb.Append($"  issued: {{date-parts: [[{year}, {rng.Next(1, 13)}, {rng.Next(1, 29)}]]}}\n");
                    break;
                default:
                    sb.Append($"  container-title: \"{kk.Phrase(3)} конференциясының материалдары\"\n");
                    sb.Append($"  event-place: {Pick(rng, Words.Places).Kk}\n");
                    sb.Append($"  issued: {{date-parts: [[{year}]]}}\n");
                    break;
            }
            sb.Append("  language: kk\n");
            if (rng.Next(4) == 0) sb.Append($"  note: \"{kk.Sentence(8, 14)}\"\n  note-en: \"{en.Sentence(8, 14)}\"\n");
        }
        _sources = list.ToArray();
        files.Add(sb.ToString());
        return files;
    }

    private string TimelineYml(int count)
    {
        var rng = Rng(5, 0);
        var kk = new TextMaker(rng, "kk");
        var en = new TextMaker(rng, "en");
        var dates = Enumerable.Range(0, count).Select(_ =>
        {
            var year = rng.Next(1991, 2026);
            var precision = rng.Next(3);
            return (Year: year, Month: precision > 0 ? rng.Next(1, 13) : 0, Day: precision > 1 ? rng.Next(1, 29) : 0);
        }).OrderBy(d => d.Year).ThenBy(d => d.Month).ThenBy(d => d.Day).ToArray();
        var sb = new StringBuilder("# Synthetic timeline written by bench/CorpusGenerator; chronological.\n");
        for (var j = 0; j < count; j++)
        {
            var d = dates[j];
            var date = d.Month == 0 ? $"{d.Year}" : d.Day == 0 ? $"{d.Year}-{d.Month:D2}" : $"{d.Year}-{d.Month:D2}-{d.Day:D2}";
            sb.Append($"\n- id: event-{j:D5}-{Pick(rng, Words.Latin)}\n  date: {date}\n");
            sb.Append($"  tags: [{string.Join(", ", _tags.OrderBy(_ => rng.Next()).Take(rng.Next(1, 4)))}]\n");
            sb.Append($"  title:\n    kk: \"{kk.Phrase(rng.Next(4, 9))}\"\n    en: \"{en.Phrase(rng.Next(4, 9))}\"\n");
            sb.Append($"  text:\n    kk: \"{kk.Sentence(10, 20)}\"\n    en: \"{en.Sentence(10, 20)}\"\n");
            var cite = Cite(rng, j % _sources.Length);
            sb.Append($"  cite: \"{cite[1..^1]}\"\n");
            if (rng.Next(5) > 0) sb.Append($"  article: {Pick(rng, _articles).Key}\n");
        }
        return sb.ToString();
    }

    private string DatasetYml(int j)
    {
        var rng = Rng(6, j);
        var kk = new TextMaker(rng, "kk");
        var en = new TextMaker(rng, "en");
        var sb = new StringBuilder();
        var breakdown = j % 2 == 0;
        sb.Append($"id: {_datasets[j]}\nkind: {(breakdown ? "breakdown" : "series")}\n");
        sb.Append($"title:\n  kk: \"{kk.Phrase(rng.Next(3, 6))}\"\n  en: \"{en.Phrase(rng.Next(3, 6))}\"\n");
        sb.Append($"description:\n  kk: \"{kk.Sentence(10, 18)}\"\n  en: \"{en.Sentence(10, 18)}\"\n");
        var cite = Cite(rng, (j * 7) % _sources.Length);
        if (breakdown)
        {
            var n = rng.Next(4, 9);
            var weights = Enumerable.Range(0, n).Select(_ => rng.Next(5, 100)).ToArray();
            var tenths = weights.Select(w => w * 1000 / weights.Sum()).ToArray();
            tenths[0] += 1000 - tenths.Sum(); // parts add up to exactly 100.0
            sb.Append($"as_of: {rng.Next(1999, 2025)}\nunit: percent\ncite: \"{cite[1..^1]}\"\nrows:\n");
            for (var k = 0; k < n; k++)
                sb.Append($"  - {{key: group-{k}, label: {{kk: \"{kk.Phrase(2)}\", en: \"{en.Phrase(2)}\"}}, value: {tenths[k] / 10}.{tenths[k] % 10}}}\n");
        }
        else
        {
            sb.Append($"unit: {(rng.Next(2) == 0 ? "count" : "people")}\ncite: \"{cite[1..^1]}\"\nrows:\n");
            var year = rng.Next(1992, 2005);
            var value = rng.Next(100, 5000);
            for (var k = rng.Next(5, 13); k > 0; k--)
            {
                var rowCite = rng.Next(4) == 0 ? $", cite: \"@{_sources[rng.Next(_sources.Length)].Id}\"" : "";
                sb.Append($"  - {{date: {year}, value: {value}{rowCite}}}\n");
                year += rng.Next(1, 3);
                value += rng.Next(-50, 400);
            }
        }
        return sb.ToString();
    }
}

/// <summary>Sentences, paragraphs, lists and tables from the word lists of one language.</summary>
internal sealed class TextMaker(Random rng, string lang)
{
    public long Words { get; private set; }

    private bool Kk => lang == "kk";

    private string Word()
    {
        var r = rng.Next(100);
        string[] list = Kk
            ? r < 45 ? CorpusGenerator.Words.KkNouns : r < 65 ? CorpusGenerator.Words.KkAdjectives : r < 78 ? CorpusGenerator.Words.KkVerbs : CorpusGenerator.Words.KkConnectors
            : r < 40 ? CorpusGenerator.Words.EnNouns : r < 58 ? CorpusGenerator.Words.EnAdjectives : r < 70 ? CorpusGenerator.Words.EnVerbs : CorpusGenerator.Words.EnConnectors;
        return list[rng.Next(list.Length)];
    }

    private List<string> WordList(int n)
    {
        var words = new List<string>(n + 2);
        for (var i = 0; i < n; i++) words.Add(Word());
        if (n > 6 && rng.Next(4) == 0)
            words.Insert(rng.Next(words.Count), Kk ? $"{rng.Next(1991, 2026)} жылы" : $"in {rng.Next(1991, 2026)}");
        Words += n;
        return words;
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public string Phrase(int n) => Capital(string.Join(' ', WordList(n)));

    public string Sentence(int min, int max) => Capital(string.Join(' ', WordList(rng.Next(min, max + 1)))) + ".";

    /// <summary>A paragraph of about <paramref name="target"/> words; citations end sentences, links get sentences of their own.</summary>
    public string Paragraph(int target, List<string> cites, List<string> links)
    {
        var sentences = new List<string>();
        var start = Words;
        while (Words - start < target) sentences.Add(Capital(string.Join(' ', WordList(rng.Next(8, 17)))));
        foreach (var link in links)
        {
            var at = rng.Next(sentences.Count + 1);
            sentences.Insert(at, rng.Next(3) switch
            {
                0 => (Kk ? "Қараңыз: " : "See ") + link,
                1 => (Kk ? "Толығырақ: " : "More in ") + link,
                _ => Capital(string.Join(' ', WordList(rng.Next(5, 10)))) + " (" + link + ")",
            });
        }
        // Each citation closes a different sentence; the last sentence always cites (as the check wants a cited paragraph).
        var cited = new HashSet<int> { sentences.Count - 1 };
        while (cited.Count < Math.Min(cites.Count, sentences.Count)) cited.Add(rng.Next(sentences.Count));
        var order = cited.Order().ToArray();
        for (var k = 0; k < order.Length; k++) sentences[order[k]] += " " + cites[k];
        return string.Join(". ", sentences) + ".";
    }

    public string List(List<string> cites, List<string> links)
    {
        var items = Enumerable.Range(0, rng.Next(3, 6)).Select(_ => Capital(string.Join(' ', WordList(rng.Next(4, 9))))).ToList();
        foreach (var link in links) items[rng.Next(items.Count)] += (Kk ? ", қараңыз: " : ", see ") + link;
        for (var k = 0; k < cites.Count; k++) items[k % items.Count] += " " + cites[k];
        return string.Join('\n', items.Select(i => "- " + i + ";"));
    }

    /// <summary>A table of dated values; each value is a breakdown dataset's row ([#dataset:group-k]), as the real
    /// site writes figures, so the corpus states no figure in prose (KHA0610).</summary>
    public string Table(List<string> cites, string[] breakdowns)
    {
        var sb = new StringBuilder(Kk ? "| Жыл | Көрсеткіш | Мәні |\n|---|---|---:|\n" : "| Year | Indicator | Value |\n|---|---|---:|\n");
        var year = rng.Next(1992, 2015);
        var rows = rng.Next(3, 5);
        for (var r = 0; r < rows; r++)
        {
            var cite = r < cites.Count ? " " + cites[r] : "";
            var value = $"[#{breakdowns[rng.Next(breakdowns.Length)]}:group-{rng.Next(4)}]"; // breakdowns have 4+ rows
            sb.Append($"| {year}{(Kk ? " ж." : "")} | {Capital(string.Join(' ', WordList(rng.Next(2, 4))))} | {value}{cite} |\n");
            year += rng.Next(1, 5);
        }
        return sb.ToString().TrimEnd('\n');
    }
}
