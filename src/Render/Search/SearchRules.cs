using System.Reflection;
using System.Text.Json;

namespace KhaSite.Render.Search;

/// <summary>
/// The word rules of the search (<c>search-rules.json</c>, embedded): per language, the endings the stemmer strips,
/// the transliteration of Latin-script words, the letter folding and the stop words. The same JSON is published
/// with the index and read by the page's <c>search.js</c>, so the index and the query are stemmed by one table.
/// </summary>
public sealed class SearchRules
{
    private SearchRules(string json, IReadOnlyDictionary<string, LanguageRules> languages)
    {
        Json = json;
        Languages = languages;
    }

    /// <summary>The table as written, for the page.</summary>
    public string Json { get; }

    public IReadOnlyDictionary<string, LanguageRules> Languages { get; }

    /// <summary>A language without rules of its own is only lowercased and split into words.</summary>
    public LanguageRules For(string lang) => Languages.GetValueOrDefault(lang) ?? LanguageRules.Plain;

    public static SearchRules Default { get; } = Load();

    private static SearchRules Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KhaSite.Render.Search.search-rules.json")
            ?? throw new InvalidOperationException("search-rules.json is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var json = reader.ReadToEnd();
        using var document = JsonDocument.Parse(json);
        var languages = new Dictionary<string, LanguageRules>(StringComparer.Ordinal);
        foreach (var language in document.RootElement.GetProperty("languages").EnumerateObject())
            languages[language.Name] = LanguageRules.Read(language.Value);
        return new SearchRules(json, languages);
    }
}

/// <summary>One ending: stripped when the word ends with it (and the letter before is in <c>After</c>, not in <c>NotAfter</c>), replaced by <c>To</c>.</summary>
public sealed record Ending(string Text, string To, string After, string NotAfter);

public sealed record EndingLayer(string Name, IReadOnlyList<Ending> Endings);

public sealed record LanguageRules(
    int MinStem,
    string Vowels,
    IReadOnlySet<string> Keep,
    string Back,
    string Front,
    IReadOnlyList<(string From, string To)> Translit,
    IReadOnlyList<EndingLayer> Layers,
    IReadOnlyList<(string From, string To)> Restore,
    (string Vowels, string Drop)? Elision,
    IReadOnlyList<(string From, string To)> Fold,
    IReadOnlySet<string> Stop)
{
    public static LanguageRules Plain { get; } = new(int.MaxValue, "", new HashSet<string>(), "", "", [], [], [], null, [], new HashSet<string>());

    internal static LanguageRules Read(JsonElement json)
    {
        static IReadOnlyList<(string, string)> Pairs(JsonElement array) =>
            array.EnumerateArray().Select(p => (p[0].GetString()!, p[1].GetString()!)).ToArray();
        static HashSet<string> Set(JsonElement array) => array.EnumerateArray().Select(s => s.GetString()!).ToHashSet(StringComparer.Ordinal);
        static Ending ReadEnding(JsonElement e) => e.ValueKind == JsonValueKind.String
            ? new Ending(e.GetString()!, "", "", "")
            : new Ending(e.GetProperty("e").GetString()!, Optional(e, "to"), Optional(e, "after"), Optional(e, "notAfter"));
        static string Optional(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetString()! : "";

        var elision = json.GetProperty("elision");
        return new LanguageRules(
            json.GetProperty("minStem").GetInt32(),
            json.GetProperty("vowels").GetString()!,
            Set(json.GetProperty("keep")),
            json.GetProperty("back").GetString()!,
            json.GetProperty("front").GetString()!,
            Pairs(json.GetProperty("translit")),
            json.GetProperty("layers").EnumerateArray()
                .Select(l => new EndingLayer(l.GetProperty("name").GetString()!, l.GetProperty("endings").EnumerateArray().Select(ReadEnding).ToArray()))
                .ToArray(),
            Pairs(json.GetProperty("restore")),
            elision.ValueKind == JsonValueKind.Null ? null : (elision.GetProperty("vowels").GetString()!, elision.GetProperty("drop").GetString()!),
            Pairs(json.GetProperty("fold")),
            Set(json.GetProperty("stop")));
    }
}
