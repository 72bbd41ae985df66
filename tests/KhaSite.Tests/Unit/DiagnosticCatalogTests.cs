using System.Reflection;
using System.Text.RegularExpressions;
using KhaSite.Diagnostics;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The message catalog (src/Diagnostics/Messages): every code has its messages in English and Kazakh with the same
/// placeholders, every message a call site names is in it, and no call site reports an English sentence.
/// </summary>
public partial class DiagnosticCatalogTests
{
    private static readonly string[] Languages = [DiagnosticLanguage.English, DiagnosticLanguage.Kazakh];

    private static IEnumerable<KeyValuePair<string, string>> Messages(string lang) =>
        DiagnosticCatalog.Templates(lang).Where(t => !t.Key.StartsWith("phrases.", StringComparison.Ordinal));

    [Fact]
    public void Every_code_has_a_message_in_every_language()
    {
        foreach (var lang in Languages)
            foreach (var code in DiagnosticCode.All)
                Assert.True(Messages(lang).Any(t => t.Key == code.Id || t.Key.StartsWith(code.Id + ".", StringComparison.Ordinal)),
                    $"{code.Id} ({code.Title}) has no message in src/Diagnostics/Messages/{lang}.yml");
    }

    [Fact]
    public void Both_languages_have_the_same_messages_with_the_same_placeholders()
    {
        var en = Messages(DiagnosticLanguage.English).ToDictionary();
        var kk = Messages(DiagnosticLanguage.Kazakh).ToDictionary();
        Assert.Empty(en.Keys.Except(kk.Keys).Select(k => $"{k} is missing from kk.yml"));
        Assert.Empty(kk.Keys.Except(en.Keys).Select(k => $"{k} is in kk.yml but not in en.yml"));
        foreach (var (key, english) in en)
        {
            var names = DiagnosticCatalog.Placeholders(english).Order(StringComparer.Ordinal).Distinct();
            var kazakh = DiagnosticCatalog.Placeholders(kk[key]).Order(StringComparer.Ordinal).Distinct();
            Assert.True(names.SequenceEqual(kazakh), $"{key}: en has {{{string.Join("}, {", names)}}}, kk has {{{string.Join("}, {", kazakh)}}}");
            Assert.True(IsKazakh(kk[key]) || kk[key] == "{detail}", $"{key}: '{kk[key]}' is not Kazakh");
        }
    }

    [Fact]
    public void Every_code_of_the_catalog_is_a_diagnostic_code()
    {
        var ids = DiagnosticCode.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, _) in Messages(DiagnosticLanguage.English).Where(t => t.Key.StartsWith("KHA", StringComparison.Ordinal)))
            Assert.True(ids.Contains(key.Split('.')[0]), $"{key} names no DiagnosticCode");
    }

    [Fact]
    public void A_message_is_filled_by_name_and_values_are_inserted_as_written()
    {
        var text = DiagnosticText.Of("unknown", new { key = "{x} 'y'" });
        Assert.Equal("unknown citation key '{x} 'y'' (sources are listed in input/data/sources.yml)", DiagnosticCatalog.Render(DiagnosticCode.UnknownCitationKey, text, "en"));
        Assert.Equal("белгісіз '{x} 'y'' сілтеме кілті (дереккөздер input/data/sources.yml файлында тізілген)", DiagnosticCatalog.Render(DiagnosticCode.UnknownCitationKey, text, "kk"));
    }

    [Fact]
    public void Phrases_and_alternatives_are_put_in_the_language_printed()
    {
        var text = DiagnosticText.Of("kind", new { kind = new Phrase("row key of 'census'"), id = "A", rules = new Phrase(Safety.IdGrammar.Description) });
        Assert.StartsWith("the row key of 'census' id 'A' is not valid: ids are lower-case", DiagnosticCatalog.Render(DiagnosticCode.InvalidId, text, "en"), StringComparison.Ordinal);
        Assert.StartsWith("'census' жинағының жол кілті id-і 'A' ережеге сай емес: id — бір дефиспен", DiagnosticCatalog.Render(DiagnosticCode.InvalidId, text, "kk"), StringComparison.Ordinal);
        var kinds = DiagnosticText.Of("dataset-kind", new { id = "x", kinds = new Alternatives(["'kind: a'", "'kind: b'"]) });
        Assert.Equal("'x' needs 'kind: a' or 'kind: b'", DiagnosticCatalog.Render(DiagnosticCode.MissingField, kinds, "en"));
        Assert.Equal("'x' деректер жинағында 'kind: a' не 'kind: b' болуы керек", DiagnosticCatalog.Render(DiagnosticCode.MissingField, kinds, "kk"));
    }

    /// <summary>
    /// Every <c>Report(DiagnosticCode.X, at, "variant" …)</c> and <c>DiagnosticText.Of("variant" …)</c> in src/ names a
    /// message of the catalog, and no call site passes an English sentence (the call shape from before the catalog).
    /// </summary>
    [Fact]
    public void Every_message_a_call_site_names_is_in_the_catalog()
    {
        var codes = typeof(DiagnosticCode).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode)).ToDictionary(f => f.Name, f => (DiagnosticCode)f.GetValue(null)!, StringComparer.Ordinal);
        var en = DiagnosticCatalog.Templates(DiagnosticLanguage.English);
        var problems = new List<string>();
        var checkedSites = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var where = Path.GetRelativePath(RepoPaths.Root, file);
            foreach (Match call in ReportCall().Matches(text))
            {
                checkedSites++;
                var code = codes[call.Groups["code"].Value];
                var argument = call.Groups["arg"].Value.Trim();
                if (argument.StartsWith('$') || (argument.StartsWith('"') && argument.Contains(' ', StringComparison.Ordinal)))
                    problems.Add($"{where}: {code.Id} is reported with an English text ({argument}); name a message of src/Diagnostics/Messages/en.yml");
                else if (argument.StartsWith('"') && !DiagnosticCatalog.Has(code, argument.Trim('"')))
                    problems.Add($"{where}: {DiagnosticCatalog.Key(code, argument.Trim('"'))} is not in src/Diagnostics/Messages/en.yml");
                else if (argument.StartsWith("new {", StringComparison.Ordinal) && !en.ContainsKey(code.Id))
                    problems.Add($"{where}: {code.Id} has several messages; name one");
            }
            foreach (Match of in TextOf().Matches(text))
            {
                checkedSites++;
                var variant = of.Groups["variant"].Value;
                if (!en.Keys.Any(k => k == variant || k.EndsWith("." + variant, StringComparison.Ordinal)))
                    problems.Add($"{where}: no message '{variant}' in src/Diagnostics/Messages/en.yml");
            }
        }
        Assert.True(checkedSites > 150, $"only {checkedSites} call sites found: has the call shape changed?");
        Assert.Empty(problems);
    }

    internal static bool IsKazakh(string text) => text.Any(c => c is >= 'а' and <= 'я' or 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'і');

    [GeneratedRegex(@"Report\(DiagnosticCode\.(?<code>\w+),\s*(?:[^,()]|\([^()]*\))+,\s*(?<arg>\$?""(?:[^""\\]|\\.)*""|new \{)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportCall();

    [GeneratedRegex(@"DiagnosticText\.Of\(""(?<variant>[a-z0-9-]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex TextOf();
}
