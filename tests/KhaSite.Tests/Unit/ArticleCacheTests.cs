using System.Collections;
using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Load;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>
/// What Load made of an article file, kept by the file's SHA-256 (<see cref="ArticleCache"/>): an unchanged file is not
/// parsed again and gives exactly what parsing it gives (every front matter value with its place, the body, the
/// diagnostics); a changed file is parsed again; a damaged, tampered or old cache file is ignored whole.
/// </summary>
public sealed class ArticleCacheTests : IDisposable
{
    private static readonly string[] Languages = ["kk", "en"];

    private const string EveryField = """
        ---
        title: "Құрылуы:
          екі жолда"
        summary: >
          Қысқаша
          мазмұны.
        category: history
        tags: [founding, 1995]
        infobox:
          founded: 1995-03-01
          seat: Астана
        see_also:
          - ../law/charter.kk.md
        translation_of: 0123456789ab
        aliases: [ҚХА, APK]
        weight: 2.5
        glossary_links: false
        ---
        Ассамблея 1995 жылы құрылды.

        Екінші абзац.
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("khasite-article-cache-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Articles => Path.Combine(_root, "input", "articles");

    private string CachePath => Path.Combine(_root, ".khasite", "loaded-articles.bin");

    private string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Articles, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Load as a build with the cache runs it: the fingerprint's file hashes, then the articles; the cache is saved.</summary>
    private (IReadOnlyList<ArticleFile> Articles, IReadOnlyList<Diagnostic> Diagnostics, int Parsed) LoadCached()
    {
        var hashes = FileHashes.None();
        InputFingerprint.Of("options", hashes, Path.Combine(_root, "input"));
        var cache = ArticleCache.Load(CachePath, hashes);
        var diagnostics = new DiagnosticBag();
        var articles = ArticleLoader.LoadAll(Articles, Languages, diagnostics, cache: cache);
        cache.Save(CachePath);
        return (articles, diagnostics.Sorted(), cache.Parsed);
    }

    private (IReadOnlyList<ArticleFile> Articles, IReadOnlyList<Diagnostic> Diagnostics) LoadClean()
    {
        var diagnostics = new DiagnosticBag();
        return (ArticleLoader.LoadAll(Articles, Languages, diagnostics), diagnostics.Sorted());
    }

    /// <summary>Everything an article file holds, as text: each front matter property (every value with its place and its
    /// source text), the body as read, where it begins and its hash.</summary>
    private static string Describe(ArticleFile article)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(" ", article.FullPath, article.DisplayPath, article.Section, article.Slug, article.Lang, article.BodyFirstLine, article.BodyHash, article.Body.Size));
        foreach (var property in typeof(FrontMatter).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            var value = property.GetValue(article.FrontMatter);
            text.Append(property.Name).Append(": ")
                .AppendLine(value is IEnumerable list and not string ? string.Join(" | ", list.Cast<object>()) : value?.ToString() ?? "null");
        }
        return text.Append(article.Body.Read()).ToString();
    }

    private static void AssertSame((IReadOnlyList<ArticleFile> Articles, IReadOnlyList<Diagnostic> Diagnostics) expected,
        (IReadOnlyList<ArticleFile> Articles, IReadOnlyList<Diagnostic> Diagnostics, int Parsed) actual)
    {
        Assert.Equal(expected.Articles.Select(Describe), actual.Articles.Select(Describe));
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
    }

    [Fact]
    public void The_cache_knows_every_front_matter_field()
    {
        // A new field must be written and read by ArticleCache (and set in EveryField above), or a cached article would lose it.
        Assert.Equal(
            ["Aliases", "Category", "GlossaryLinks", "Infobox", "Readable", "SeeAlso", "Summary", "Tags", "Title", "TranslationOf", "Weight"],
            typeof(FrontMatter).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unchanged_file_is_not_parsed_again_and_gives_what_parsing_it_gives()
    {
        Write("history/founding.kk.md", EveryField);
        Write("history/founding.en.md", "---\ntitle: Founding\nsummary: The founding.\n---\nThe Assembly was founded in 1995.\n");
        Write("law/charter.kk.md", "---\ntitle: Жарғы\n---\nМәтін.\n");

        var first = LoadCached();
        Assert.Equal(3, first.Parsed);
        AssertSame(LoadClean(), first);
        var founding = Assert.Single(first.Articles, a => a.Key == "history/founding" && a.Lang == "kk");
        Assert.NotNull(founding.FrontMatter.Title?.Source);
        Assert.Equal(2.5, founding.FrontMatter.Weight);
        Assert.False(founding.FrontMatter.GlossaryLinks);

        var second = LoadCached();
        Assert.Equal(0, second.Parsed);
        AssertSame(LoadClean(), second);
    }

    [Fact]
    public void A_changed_file_is_parsed_again_and_a_deleted_one_is_forgotten()
    {
        Write("history/founding.kk.md", EveryField);
        var charter = Write("law/charter.kk.md", "---\ntitle: Жарғы\n---\nМәтін.\n");
        Write("law/treaty.kk.md", "---\ntitle: Шарт\n---\nМәтін.\n");
        LoadCached();

        Write("law/charter.kk.md", "---\ntitle: Жаңа жарғы\ncategory: law\n---\nМәтін, ұзағырақ.\n");
        File.Delete(Path.Combine(Articles, "law", "treaty.kk.md"));
        var second = LoadCached();
        Assert.Equal(1, second.Parsed);
        AssertSame(LoadClean(), second);
        Assert.Equal("Жаңа жарғы", Assert.Single(second.Articles, a => a.FullPath == charter).FrontMatter.Title?.Value);
        Assert.Equal(2, Entries());
    }

    [Fact]
    public void What_a_file_reported_is_reported_again_from_the_cache()
    {
        Write("history/unknown.kk.md", "---\ntitle: А\ntitel: Б\n---\nМәтін.\n");
        Write("history/syntax.kk.md", "---\ntitle: [unclosed\n---\nМәтін.\n");
        Write("history/unclosed.kk.md", "---\ntitle: А\nМәтін.\n");
        Write("history/missing.kk.md", "Мәтін ғана.\n");
        WriteBytes("history/bytes.kk.md", [.. "---\ntitle: A\n---\nB"u8, 0xFF, (byte)'\n']);

        var first = LoadCached();
        Assert.Equal(5, first.Parsed);
        Assert.Equal(
            [DiagnosticCode.YamlSyntax, DiagnosticCode.UnknownField, DiagnosticCode.MissingFrontMatter, DiagnosticCode.InvalidUtf8, DiagnosticCode.UnclosedFrontMatter],
            first.Diagnostics.Select(d => d.Code).Distinct().OrderBy(c => c.Number));
        var second = LoadCached();
        Assert.Equal(0, second.Parsed);
        AssertSame(LoadClean(), second);
    }

    [Fact]
    public void An_entry_is_used_only_for_its_path_printed_as_it_was()
    {
        var path = Write("history/founding.kk.md", EveryField);
        LoadCached();
        var hashes = FileHashes.None();
        InputFingerprint.Of("options", hashes, Path.Combine(_root, "input"));
        var cache = ArticleCache.Load(CachePath, hashes);
        Assert.Null(cache.Find(path, "elsewhere/founding.kk.md"));
        Assert.NotNull(cache.Find(path, DisplayPath.For(path)));
        // A file the fingerprint did not hash is read.
        Assert.Null(ArticleCache.Load(CachePath, FileHashes.None()).Find(path, DisplayPath.For(path)));
    }

    [Theory]
    [InlineData(ForgedCache.PlainSha256)]
    [InlineData(ForgedCache.OtherKey)]
    public void An_entry_a_pull_request_forged_is_not_used(string forgery)
    {
        // The entry's key is the file's SHA-256, which anyone can compute: a pull request that adds the file can add an
        // entry for it that says Load reported nothing.
        var path = Write("history/unknown.kk.md", "---\ntitle: А\ntitel: Б\n---\nМәтін.\n");
        var clean = LoadClean();
        Assert.Contains(clean.Diagnostics, d => d.Code == DiagnosticCode.UnknownField);
        LoadCached();
        var hashes = FileHashes.None();
        InputFingerprint.Of("options", hashes, Path.Combine(_root, "input"));
        var entry = ArticleCache.Load(CachePath, hashes).Find(path, DisplayPath.For(path));
        Assert.NotNull(entry);
        var forged = ArticleCache.Empty(hashes);
        forged.Add(path, entry with { Diagnostics = [] });
        forged.Save(CachePath);
        // The control: sealed with this user's key, the entry would be used.
        var control = LoadCached();
        Assert.Equal(0, control.Parsed);
        Assert.Empty(control.Diagnostics);

        ForgedCache.Rewrite(CachePath, forgery);
        var again = LoadCached();
        Assert.Equal(1, again.Parsed);
        AssertSame(clean, again);
    }

    public static TheoryData<string> Damages => ["truncated", "a byte changed", "another generator", "bytes appended", "empty", "not a cache"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_cache_file_is_ignored_whole(string damage)
    {
        Write("history/founding.kk.md", EveryField);
        Write("law/charter.kk.md", "---\ntitle: Жарғы\n---\nМәтін.\n");
        LoadCached();
        var bytes = File.ReadAllBytes(CachePath);
        var header = 1 + "khasite-loaded-articles-1 ".Length + 36;
        switch (damage)
        {
            case "truncated": bytes = bytes[..(bytes.Length / 2)]; break;
            case "a byte changed": bytes[^40] ^= 0x20; break;
            case "another generator": bytes[header - 2] ^= 0x01; break;
            case "bytes appended": bytes = [.. bytes, 0, 1, 2]; break;
            case "empty": bytes = []; break;
            default: bytes = Encoding.UTF8.GetBytes("not a cache at all\n"); break;
        }
        File.WriteAllBytes(CachePath, bytes);

        var again = LoadCached();
        Assert.Equal(2, again.Parsed);
        AssertSame(LoadClean(), again);
        Assert.Equal(0, LoadCached().Parsed);
    }

    [Fact]
    public void A_file_changed_after_its_hash_was_taken_stops_the_body_read()
    {
        var path = Write("history/founding.kk.md", EveryField);
        LoadCached();
        var hashes = FileHashes.None();
        InputFingerprint.Of("options", hashes, Path.Combine(_root, "input"));
        File.AppendAllText(path, "Тағы бір сөйлем.\n");
        var cache = ArticleCache.Load(CachePath, hashes);
        var article = Assert.Single(ArticleLoader.LoadAll(Articles, Languages, new DiagnosticBag(), cache: cache));
        Assert.Equal(0, cache.Parsed);
        // What Load gave is the file as hashed; a later stage reading the body finds it changed (KHA0930), never a mix.
        Assert.Throws<ArticleChangedException>(() => article.Body.Read());
    }

    private int Entries()
    {
        var content = KhaSite.Safety.SealedFile.Read(CachePath) ?? throw new InvalidDataException("not a sealed file");
        using var reader = new BinaryReader(new MemoryStream(content.Array!, content.Offset, content.Count), Encoding.UTF8);
        reader.ReadString();
        return reader.ReadInt32();
    }
}
