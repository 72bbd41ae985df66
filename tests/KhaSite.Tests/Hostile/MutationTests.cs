using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using KhaSite.Diagnostics;
using KhaSite.Tests.Support;
using Xunit.Abstractions;

namespace KhaSite.Tests.Hostile;

/// <summary>
/// Damages the real input a few thousand times with a fixed seed (issue 15): truncation, random bytes, hostile
/// tokens, YAML values of the wrong type, deleted, repeated, swapped and re-indented lines, each in one file of a
/// copy of <c>input/</c> (the real site.yml, data, statistics and UI strings, and eight real articles whose links
/// outside those eight are pointed at an external page, so the copy starts clean). Every damaged copy must end in
/// diagnostics, never an exception, within a bounded time; and when <c>check</c> finds no error, <c>build</c> must
/// succeed too (nothing passes check and then fails build; the first <see cref="MaxBuilds"/> such copies are built).
/// <c>KHASITE_MUTATIONS</c> sets the count (2,000 by default).
/// </summary>
public sealed class MutationTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261206;

    private static readonly string[] Articles =
        ["history/founding-1995", "history/forum-1992", "history/early-sessions", "debates/representation"];

    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many of the copies that check passes are also built (rendered and written): building is ten times the
    /// work of checking, and the same render code runs for every one; the count keeps the test near two minutes.
    /// </summary>
    private const int MaxBuilds = 300;

    private readonly Scratch _scratch = new();

    private string Input => Path.Combine(_scratch.Root, "input");

    private string Theme => Path.Combine(_scratch.Root, "theme");

    private string Output => Path.Combine(_scratch.Root, "output");

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Thousands_of_damaged_copies_of_the_real_input_end_in_diagnostics_never_a_crash_or_a_hang()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("KHASITE_MUTATIONS"), out var n) ? n : 2000;
        CopyCleanSubset();
        var files = Directory.EnumerateFiles(Input, "*.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Theme, "i18n")))
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        var clean = await CheckAsync();
        Assert.True(clean.Succeeded, "the undamaged copy must build: " + string.Join("\n", clean.Diagnostics.Where(d => d.Severity == Severity.Error).Take(5)));

        var random = new Random(Seed);
        var failures = new List<string>();
        var (refused, built, passed) = (0, 0, 0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count && failures.Count < 10; i++)
        {
            var file = files[random.Next(files.Length)];
            var original = File.ReadAllBytes(file);
            var (damaged, how) = Mutate(original, random);
            File.WriteAllBytes(file, damaged);
            var what = $"case {i} (seed {Seed}): {how} in {Path.GetRelativePath(_scratch.Root, file)}";
            try
            {
                var checkedResult = await CheckAsync().WaitAsync(PerCase);
                if (checkedResult.Succeeded && built >= MaxBuilds) passed++;
                else if (checkedResult.Succeeded)
                {
                    var result = await SiteBuilder.BuildAsync(new BuildOptions(Input, Theme, Output), write: true).WaitAsync(PerCase);
                    if (!result.Succeeded) failures.Add($"{what}: check passed, build failed: {result.Diagnostics.First(d => d.Severity == Severity.Error)}");
                    built++;
                }
                else refused++;
            }
            catch (TimeoutException)
            {
                failures.Add($"{what}: no answer within {PerCase.TotalSeconds} s");
            }
            catch (Exception e)
            {
                failures.Add($"{what}: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                File.WriteAllBytes(file, original);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(refused > count / 10 && built + passed > count / 20, $"the mutations should both break and keep the site: {refused} refused, {built + passed} passed");
        output.WriteLine($"mutations: {count} cases, {refused} refused by check, {built + passed} passed check, {built} of them built, {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private Task<BuildResult> CheckAsync() => SiteBuilder.BuildAsync(new BuildOptions(Input, Theme, Output), write: false);

    private static readonly string[] Tokens =
    [
        "*a", "&a ", "[@", "@", "[@nosuch]", "](javascript:x)", "---\n", "\t", "{", "}", "[", "]", ": ", "- ", "> ", "|", "```\n",
        "```chart\ndataset: x\n```\n", "<b>", "\0", "\uFEFF", "-.inf", "0000-00-00", "{1}", "'", "\"", "\n", "  ", "#", "%", "!",
        "\u202E", "\\", "&#x6a;", "[x][y]", "![", "***", "1e400", "\r", "..", "/", "99999",
    ];

    private static readonly string[] Values =
        ["[x, y]", "{a: b}", "", "null", "~", "123", "-1", "true", "1e400", ".nan", "\"", "9999-99-99", "0000", "'a\nb'", "[[[]]]", "{1}", "../x", "A B"];

    private static readonly Regex KeyValue = new(@"^(\s*-?\s*)([\w-]+):\s+(\S.*)$", RegexOptions.CultureInvariant);

    /// <summary>One damage to the file's bytes, and a description of it for the failure message.</summary>
    private static (byte[] Bytes, string How) Mutate(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(9))
        {
            case 0:
                var cut = random.Next(original.Length + 1);
                return (original[..cut], $"truncated at byte {cut}");
            case 1:
                var bytes = (byte[])original.Clone();
                var changed = 1 + random.Next(8);
                for (var k = 0; k < changed && bytes.Length > 0; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return (bytes, $"{changed} random bytes");
            case 2:
                var token = Tokens[random.Next(Tokens.Length)];
                var at = random.Next(text.Length + 1);
                return (Encoding.UTF8.GetBytes(text.Insert(at, token)), $"'{Escape(token)}' inserted at char {at}");
            case 3:
                var pairs = lines.Select((l, i) => (Match: KeyValue.Match(l), Index: i)).Where(p => p.Match.Success).ToArray();
                if (pairs.Length == 0) goto case 4;
                var (match, index) = pairs[random.Next(pairs.Length)];
                var value = Values[random.Next(Values.Length)];
                lines[index] = $"{match.Groups[1].Value}{match.Groups[2].Value}: {value}";
                return (Join(lines), $"'{match.Groups[2].Value}' on line {index + 1} set to '{Escape(value)}'");
            case 4:
                lines.RemoveAt(line);
                return (Join(lines), $"line {line + 1} deleted");
            case 5:
                lines.Insert(line, lines[line]);
                return (Join(lines), $"line {line + 1} repeated");
            case 6:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (Join(lines), $"lines {line + 1} and {other + 1} swapped");
            case 7:
                lines[line] = random.Next(2) == 0 ? "  " + lines[line] : lines[line].TrimStart();
                return (Join(lines), $"line {line + 1} re-indented");
            default:
                var keys = lines.Select((l, i) => (l, i)).Where(p => KeyValue.IsMatch(p.l) || p.l.TrimEnd().EndsWith(':')).ToArray();
                if (keys.Length == 0) goto case 4;
                var key = keys[random.Next(keys.Length)].i;
                lines.RemoveAt(key);
                return (Join(lines), $"key on line {key + 1} deleted");
        }
    }

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\0", "\\0", StringComparison.Ordinal);

    /// <summary>
    /// The real site.yml, data and UI strings, and <see cref="Articles"/> in both languages; links to articles outside
    /// the copy (in Markdown, see_also, timeline events and glossary terms) are pointed elsewhere or dropped.
    /// </summary>
    private void CopyCleanSubset()
    {
        var real = RepoPaths.Input;
        File.Copy(Path.Combine(real, "site.yml"), Path.Combine(Input, "site.yml").WithFolder());
        foreach (var file in Directory.EnumerateFiles(Path.Combine(real, "data"), "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            text = Regex.Replace(text, @"^\s*article: ([\w/-]+)\n", m => Articles.Contains(m.Groups[1].Value) ? m.Value : "", RegexOptions.Multiline | RegexOptions.CultureInvariant);
            text = Regex.Replace(text, @"^(\s*articles: )\[([^\]]*)\]", m =>
            {
                var kept = m.Groups[2].Value.Split(',').Select(a => a.Trim()).Where(Articles.Contains).ToArray();
                return kept.Length == 0 ? m.Groups[1].Value + "[]" : $"{m.Groups[1].Value}[{string.Join(", ", kept)}]";
            }, RegexOptions.Multiline | RegexOptions.CultureInvariant);
            File.WriteAllText(Path.Combine(Input, Path.GetRelativePath(real, file)).WithFolder(), text);
        }
        foreach (var article in Articles)
        {
            foreach (var lang in new[] { "kk", "en" })
            {
                var relative = $"articles/{article}.{lang}.md";
                var folder = Path.GetDirectoryName(article)!;
                var text = File.ReadAllText(Path.Combine(real, relative));
                text = Regex.Replace(text, @"\]\(([^)\s#]+\.md)(#[^)\s]*)?\)", m => Inside(folder, m.Groups[1].Value) ? m.Value : "](https://example.org/)", RegexOptions.CultureInvariant);
                text = Regex.Replace(text, @"^  - ([^\s]+\.md)\n", m => Inside(folder, m.Groups[1].Value) ? m.Value : "", RegexOptions.Multiline | RegexOptions.CultureInvariant);
                text = Regex.Replace(text, @"^see_also:\n(?![ ]+-)", "", RegexOptions.Multiline | RegexOptions.CultureInvariant);
                File.WriteAllText(Path.Combine(Input, relative).WithFolder(), text);
            }
        }
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".razor", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(Theme, Path.GetRelativePath(RepoPaths.Theme, file)).WithFolder());
    }

    private static bool Inside(string folder, string link)
    {
        var target = Path.GetRelativePath("/a", Path.GetFullPath(Path.Combine("/a/" + folder, link))).Replace('\\', '/');
        var key = Regex.Replace(target, @"\.(kk|en)\.md$", "", RegexOptions.CultureInvariant);
        return Articles.Contains(key);
    }
}
