using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load;

/// <summary>Splits an article into its YAML front matter and Markdown body, and types the front matter.</summary>
public static class FrontMatterReader
{
    /// <param name="Unclosed">the text opens front matter with <c>---</c> and never closes it</param>
    public sealed record Split(string? Yaml, string Body, int BodyFirstLine, bool Unclosed = false);

    /// <summary>Front matter is the block between a first line <c>---</c> and the next <c>---</c> line.</summary>
    public static Split SplitText(string text)
    {
        // Line by line through the text (not Split and Join: a string per line of every article, and two copies).
        var firstEnd = LineEnd(text, 0);
        if (!IsLine(text, 0, firstEnd, "---"))
            return new Split(null, text, 1);
        var yamlStart = firstEnd + 1;
        for (int line = 1, start = yamlStart; start <= text.Length; line++)
        {
            var end = LineEnd(text, start);
            if (IsLine(text, start, end, "---") || IsLine(text, start, end, "..."))
            {
                var yaml = start - 1 > yamlStart ? text[yamlStart..(start - 1)] : "";
                var body = end < text.Length ? text[(end + 1)..] : "";
                return new Split(yaml, body, line + 2);
            }
            start = end + 1;
        }
        return new Split(null, text, 1, Unclosed: true);
    }

    private static int LineEnd(string text, int start) => text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length;

    /// <summary>Whether the line from <paramref name="start"/> to <paramref name="end"/> is <paramref name="marker"/> (a <c>\r</c> before its end ignored).</summary>
    private static bool IsLine(string text, int start, int end, string marker) =>
        text.AsSpan(start, end - start).TrimEnd('\r').SequenceEqual(marker);

    public static FrontMatter Read(string yaml, string file, DiagnosticBag diagnostics)
    {
        var fields = new YamlFields(file, firstLine: 2, diagnostics) { Text = yaml };
        if (string.IsNullOrWhiteSpace(yaml)) return FrontMatter.Empty;
        var root = YamlText.Parse(yaml, file, firstLine: 2, diagnostics);
        if (root is null) return FrontMatter.Unreadable;
        var mapping = fields.Mapping(root, "front matter");
        if (mapping is null) return FrontMatter.Empty;

        Located<string>? title = null, summary = null, category = null, translationOf = null;
        IReadOnlyList<Located<string>> tags = [], seeAlso = [], aliases = [];
        IReadOnlyList<InfoboxEntry> infobox = [];
        double? weight = null;
        var glossaryLinks = true;
        foreach (var (key, value) in fields.Entries(mapping))
        {
            switch (key.Value)
            {
                case "title": title = fields.Scalar(value, "title"); break;
                case "summary": summary = fields.Scalar(value, "summary"); break;
                case "category": category = fields.Scalar(value, "category"); break;
                case "tags": tags = fields.ScalarList(value, "tags"); break;
                case "see_also": seeAlso = fields.ScalarList(value, "see_also"); break;
                case "aliases": aliases = fields.ScalarList(value, "aliases"); break;
                case "translation_of": translationOf = fields.Scalar(value, "translation_of"); break;
                case "weight": weight = fields.Number(value, "weight"); break;
                case "glossary_links": glossaryLinks = fields.Boolean(value, "glossary_links") ?? true; break;
                case "infobox": infobox = ReadInfobox(value, fields); break;
                default: fields.UnknownField(key, FrontMatter.Fields, "front matter"); break;
            }
        }
        return new FrontMatter(title, summary, category, tags, infobox, seeAlso, translationOf) { Aliases = aliases, Weight = weight, GlossaryLinks = glossaryLinks };
    }

    private static IReadOnlyList<InfoboxEntry> ReadInfobox(YamlNode node, YamlFields fields)
    {
        var mapping = fields.Mapping(node, "'infobox'");
        if (mapping is null) return [];
        var entries = new List<InfoboxEntry>();
        foreach (var (key, value) in fields.Entries(mapping))
            if (fields.Scalar(value, $"infobox.{key.Value}") is { } text)
                entries.Add(new InfoboxEntry(key, text));
        return entries;
    }
}
