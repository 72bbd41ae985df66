using System.Globalization;
using System.Text;
using System.Text.Json;
using KhaSite.Model;
using KhaSite.Render.Machine;
using KhaSite.Write;

namespace KhaSite.Render.Search;

/// <summary>
/// The site's own search index for one language, under <c>search/&lt;lang&gt;/</c>: a small <c>meta.json</c> (the
/// word rules, the list of shards, each document's kind and section), shards of postings (<c>s/*.json</c>, keys that
/// share their first two or three letters) and one file per document (<c>d/&lt;n&gt;.json</c>: title, address,
/// kind, section and text for the excerpt). A query downloads the meta, one shard per word and the documents it
/// shows. The relevance of each posting is decided here, so the page only adds them up; see docs/search.md.
/// </summary>
public static class SearchIndex
{
    /// <summary>A shard of two-letter keys bigger than this is split by the third letter.</summary>
    public const int ShardSplitBytes = 16 * 1024;

    /// <summary>The excerpt text of a document is cut at about this many characters.</summary>
    public const int TextChars = 3000;

    /// <summary>Relevance weights: a word of the title or of another name, of a heading, of the text; and per kind.</summary>
    private const double TitleWeight = 50, ShortTitleBonus = 30, HeadingWeight = 8, TextWeight = 10;

    public static double KindFactor(SearchKind kind) => kind switch
    {
        SearchKind.Article => 1.0,
        SearchKind.Term => 0.85,
        SearchKind.Dataset => 0.8,
        SearchKind.Event => 0.8,
        SearchKind.Source => 0.75,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A hash of everything <see cref="Build"/> makes the index of: the generator (its code and embedded word
    /// rules), the languages and every field of every document, in order.</summary>
    public static string Key(IReadOnlyList<SearchDocument> documents, string lang, string rulesLang)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(BitConverter.GetBytes(text.Length));
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }
        Add(typeof(SearchIndex).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(lang);
        Add(rulesLang);
        foreach (var d in documents)
        {
            Add(d.Path);
            Add(((int)d.Kind).ToString(CultureInfo.InvariantCulture));
            Add(d.SectionId);
            Add(d.SectionTitle);
            Add(d.Title);
            Add(d.Aliases.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var alias in d.Aliases) Add(alias);
            Add(d.Headings.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var heading in d.Headings) Add(heading);
            Add(d.Text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <param name="rulesLang">the language whose word rules stem the index: a script edition's source language
    /// (kk-latn is stemmed by kk's rules, whose transliteration turns Latin letters to Cyrillic before stripping endings)</param>
    public static IEnumerable<OutputFile> Build(IReadOnlyList<SearchDocument> documents, string lang, string? rulesLang = null)
    {
        var rules = SearchRules.Default;
        rulesLang ??= lang;
        var stemmer = new WordStemmer(rules.For(rulesLang));
        var postings = new SortedDictionary<string, List<(int Doc, int Value)>>(StringComparer.Ordinal);
        var texts = documents.Select(d => stemmer.Keys(d.Text).ToList()).ToArray();
        var averageLength = Math.Max(1, texts.Average(t => (double)t.Count));
        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var (key, value) in Score(documents[id], texts[id], averageLength, stemmer))
            {
                if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                list.Add((id, value));
            }
            yield return new OutputFile(SitePaths.SearchDocument(lang, id), Fragment(documents[id]));
        }

        var shards = Shards(postings);
        foreach (var (prefix, keys) in shards)
            yield return new OutputFile(SitePaths.SearchShard(lang, ShardFile(prefix)), ShardJson(keys, postings));

        var sections = documents.Select(d => (d.SectionId, d.SectionTitle)).Distinct().ToList();
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        using var document = JsonDocument.Parse(rules.Json);
        var meta = new Dictionary<string, object?>
        {
            ["v"] = 1,
            ["rules"] = document.RootElement.GetProperty("languages").TryGetProperty(rulesLang, out var own) ? own : null,
            ["shards"] = shards.Keys.ToArray(),
            ["kinds"] = Enum.GetValues<SearchKind>().Select(k => Name(k)).ToArray(),
            ["kf"] = Enum.GetValues<SearchKind>().Select(KindFactor).ToArray(),
            ["sections"] = sections.Select(s => new[] { s.SectionId, s.SectionTitle }).ToArray(),
            ["dk"] = new string(documents.Select(d => digits[(int)d.Kind]).ToArray()),
            ["ds"] = new string(documents.Select(d => digits[Math.Min(sections.IndexOf((d.SectionId, d.SectionTitle)), digits.Length - 1)]).ToArray()),
        };
        yield return new OutputFile(SitePaths.SearchMeta(lang), JsonSerializer.SerializeToUtf8Bytes(meta, RenderJson.Compact.DictionaryStringObject));
    }

    public static string Name(SearchKind kind) => kind switch
    {
        SearchKind.Article => "article",
        SearchKind.Source => "source",
        SearchKind.Dataset => "dataset",
        SearchKind.Event => "event",
        SearchKind.Term => "term",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Each key of a document with its relevance ×16 plus, when the key is in the title or another name, the number of
    /// words of the shortest such name (1–15): the page knows from it when a query is a page's whole title or alias.
    /// </summary>
    private static IEnumerable<(string Key, int Value)> Score(SearchDocument d, List<string> text, double averageLength, WordStemmer stemmer)
    {
        var names = new[] { d.Title }.Concat(d.Aliases).Select(n => stemmer.Keys(n).Distinct(StringComparer.Ordinal).ToArray()).Where(k => k.Length > 0).ToArray();
        var headings = d.Headings.SelectMany(stemmer.Keys).ToHashSet(StringComparer.Ordinal);
        var counts = text.CountBy(k => k, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var keys = names.SelectMany(n => n).Concat(headings).Concat(counts.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var lengthNorm = 0.25 + 0.75 * text.Count / averageLength;
        foreach (var key in keys)
        {
            var named = names.Where(n => n.Contains(key, StringComparer.Ordinal)).ToArray();
            var name = named.Select(n => TitleWeight + ShortTitleBonus / n.Length).DefaultIfEmpty(0).Max();
            var score = name + (headings.Contains(key) ? HeadingWeight : 0);
            if (counts.TryGetValue(key, out var tf)) score += TextWeight * tf / (tf + 1.2 * lengthNorm);
            var value = Math.Max(1, (int)Math.Round(score * KindFactor(d.Kind)));
            yield return (key, value * 16 + (named.Length == 0 ? 0 : Math.Min(15, named.Min(n => n.Length))));
        }
    }

    /// <summary>Keys grouped by their first two letters; a group too big for one download is split by the third.</summary>
    private static SortedDictionary<string, List<string>> Shards(SortedDictionary<string, List<(int Doc, int Value)>> postings)
    {
        var shards = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in postings.Keys.GroupBy(k => k.Length <= 2 ? k : k[..2], StringComparer.Ordinal))
        {
            var bytes = group.Sum(k => k.Length * 2 + postings[k].Count * 6);
            if (bytes <= ShardSplitBytes)
            {
                shards[group.Key] = group.ToList();
                continue;
            }
            foreach (var sub in group.GroupBy(k => k.Length <= 2 ? k : k[..3], StringComparer.Ordinal))
                shards[sub.Key] = sub.ToList();
        }
        return shards;
    }

    /// <summary>A shard's file name: its letters as hexadecimal code points (an ASCII name for every host).</summary>
    public static string ShardFile(string prefix) =>
        string.Join("-", prefix.Select(c => ((int)c).ToString("x", CultureInfo.InvariantCulture)));

    /// <summary><c>{"key": [doc, value, doc, value …]}</c>, documents as differences from the one before.</summary>
    private static byte[] ShardJson(List<string> keys, SortedDictionary<string, List<(int Doc, int Value)>> postings)
    {
        var shard = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var list = postings[key];
            var flat = new int[list.Count * 2];
            var previous = 0;
            for (var i = 0; i < list.Count; i++)
            {
                flat[2 * i] = list[i].Doc - previous;
                flat[2 * i + 1] = list[i].Value;
                previous = list[i].Doc;
            }
            shard[key] = flat;
        }
        return JsonSerializer.SerializeToUtf8Bytes(shard, RenderJson.Compact.SortedDictionaryStringInt32Array);
    }

    private static byte[] Fragment(SearchDocument d)
    {
        var text = d.Text;
        if (text.Length > TextChars)
        {
            var cut = text.LastIndexOf(' ', TextChars);
            text = text[..(cut > 0 ? cut : TextChars)] + " …";
        }
        return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["u"] = d.Path,
            ["t"] = d.Title,
            ["k"] = Name(d.Kind),
            ["s"] = d.SectionTitle,
            ["x"] = text,
        }, RenderJson.Compact.DictionaryStringString);
    }
}
