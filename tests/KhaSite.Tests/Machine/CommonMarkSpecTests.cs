using System.Text.RegularExpressions;
using KhaSite.Model;
using KhaSite.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KhaSite.Tests.Machine;

/// <summary>
/// CommonMark 0.31.2 conformance: every example of the spec (npm <c>commonmark-spec</c>, <c>spec.txt</c>) through the
/// site's Markdig pipeline. Each example that reads differently from the spec is listed, with the reason, in
/// <c>commonmark-expected-differences.tsv</c>; the test fails on an unlisted difference and on a listed example that
/// no longer differs, so the list stays exact.
/// </summary>
public sealed partial class CommonMarkSpecTests
{
    public sealed record Example(int Number, string Section, string Markdown, string Html);

    private static string SpecPath => Path.Combine(Tools.NodeModules, "commonmark-spec", "spec.txt");

    private static string DifferencesPath => Path.Combine(RepoPaths.Root, "tests", "KhaSite.Tests", "Machine", "commonmark-expected-differences.tsv");

    /// <summary>The examples as the spec's own extractor (commonmark-spec/index.js) reads them; → stands for a tab.</summary>
    public static IReadOnlyList<Example> Examples()
    {
        var text = File.ReadAllText(SpecPath).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n<!-- END TESTS -->", StringComparison.Ordinal);
        if (end >= 0) text = text[..end];
        var examples = new List<Example>();
        var section = "";
        foreach (Match match in ExampleOrHeading().Matches(text))
        {
            if (match.Groups["heading"].Success) section = match.Groups["heading"].Value;
            else examples.Add(new Example(examples.Count + 1, section, match.Groups["md"].Value.Replace('→', '\t'), match.Groups["html"].Value.Replace('→', '\t')));
        }
        return examples;
    }

    /// <summary>
    /// The example as the site reads it: null when the site refuses it (raw HTML is a build error, KHA0105), else the
    /// HTML of the site's pipeline with Markdig's own renderers (the site's extra renderers draw only citations and embeds).
    /// </summary>
    public static string? Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        if (document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any()) return null;
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Line breaks between tags and at the ends do not count, as in the spec's own test runner.</summary>
    private static string Normalize(string html) => BetweenTags().Replace(html.Trim(), "><");

    public static bool Conforms(Example example) => Render(example.Markdown) is { } html && Normalize(html) == Normalize(example.Html);

    [VerifyFact(Needs.CommonMarkSpec)]
    public void The_spec_examples_read_as_the_spec_says_except_the_listed_differences()
    {
        Tools.Require(Needs.CommonMarkSpec);
        var examples = Examples();
        Assert.Equal(652, examples.Count); // spec.txt 0.31.2 holds 652 examples
        var listed = File.ReadAllLines(DifferencesPath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture), cells => cells);
        Assert.All(listed.Values, cells => Assert.True(cells.Length == 3 && cells[2].Trim().Length > 0, $"example {cells[0]} has no reason"));
        var differing = examples.Where(e => !Conforms(e)).ToArray();
        var unlisted = differing.Where(e => !listed.ContainsKey(e.Number))
            .Select(e => $"{e.Number}\t{e.Section}\t{Escape(e.Markdown)} => {Escape(Render(e.Markdown) ?? "(refused: raw HTML)")}, spec: {Escape(e.Html)}").ToArray();
        var nowConforming = listed.Keys.Except(differing.Select(e => e.Number)).Order().ToArray();
        Assert.True(unlisted.Length == 0, "differences from CommonMark not in the list:\n" + string.Join('\n', unlisted));
        Assert.True(nowConforming.Length == 0, "listed examples that now read as the spec says (take them off the list): " + string.Join(", ", nowConforming));
        Assert.All(listed, pair => Assert.Equal(examples[pair.Key - 1].Section, pair.Value[1]));

        // Each reason holds: the example differs for that reason alone.
        foreach (var (number, cells) in listed)
        {
            var example = examples[number - 1];
            var html = Render(example.Markdown);
            if (cells[2].StartsWith("raw HTML refused:", StringComparison.Ordinal))
                Assert.True(html is null, $"example {number} is listed as refused raw HTML but renders");
            else if (cells[2].StartsWith("heading ids:", StringComparison.Ordinal))
                Assert.True(html is not null && Normalize(HeadingId().Replace(html, "$1")) == Normalize(example.Html), $"example {number} differs by more than heading ids");
            else if (cells[2].StartsWith("Pandoc citation:", StringComparison.Ordinal))
                Assert.True(html is not null && example.Html.Contains('@', StringComparison.Ordinal) && !html.Contains('@', StringComparison.Ordinal),
                    $"example {number} is listed as an in-text citation, but its '@' is not read as one");
            else
                Assert.Fail($"example {number}: unknown reason '{cells[2]}'");
        }
    }

    [VerifyFact(Needs.CommonMarkSpec)]
    public void Prose_that_opens_with_an_initial_reads_as_cmark_reads_it()
    {
        Tools.Require(Needs.CommonMarkSpec);
        Assert.Equal("<p>E. A. Abdraimov and his co-authors write.</p>\n", Render("E. A. Abdraimov and his co-authors write.\n"));
        Assert.Equal("<p>O. Suleimenov opened the congress.</p>\n", Render("O. Suleimenov opened the congress.\n"));
        Assert.Equal("<p>p. 5 gives the figure.</p>\n", Render("p. 5 gives the figure.\n"));
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    [GeneratedRegex(@"^`{32} example\n(?<md>[\s\S]*?)^\.\n(?<html>[\s\S]*?)^`{32}$|^#{1,6} *(?<heading>.*)$", RegexOptions.Multiline)]
    private static partial Regex ExampleOrHeading();

    [GeneratedRegex(@"(<h[1-6]) id=""[^""]*""")]
    private static partial Regex HeadingId();

    [GeneratedRegex(@">\n+<")]
    private static partial Regex BetweenTags();
}
