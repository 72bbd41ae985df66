using System.Text;

namespace KhaSite.Load.Script;

/// <summary>
/// Converts the prose of a Markdown text to another script and leaves its code alone: fenced blocks (<c>```</c>,
/// <c>~~~</c>, embeds among them) and code spans. Link targets, citation keys, ids and URLs are Latin already, and the
/// converter changes Cyrillic letters only.
/// </summary>
public static class MarkdownScript
{
    public static string Convert(string markdown, Func<string, string> convert)
    {
        var result = new StringBuilder(markdown.Length + markdown.Length / 8);
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (fence is not null)
            {
                result.Append(line);
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd('\r').Trim(fence[0]).Trim().Length == 0) fence = null;
            }
            else if (FenceOf(trimmed) is { } opening)
            {
                fence = opening;
                result.Append(line);
            }
            else AppendOutsideCodeSpans(line, convert, result);
            result.Append('\n');
        }
        result.Length--;
        return result.ToString();
    }

    private static string? FenceOf(string line)
    {
        if (line.Length < 3 || line[0] is not ('`' or '~')) return null;
        var length = 0;
        while (length < line.Length && line[length] == line[0]) length++;
        return length >= 3 ? line[..length] : null;
    }

    /// <summary>A line with its code spans (a run of backticks to the next run as long) kept as they are.</summary>
    private static void AppendOutsideCodeSpans(string line, Func<string, string> convert, StringBuilder result)
    {
        var from = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] != '`')
            {
                i++;
                continue;
            }
            var run = 0;
            while (i + run < line.Length && line[i + run] == '`') run++;
            var close = line.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
            if (close < 0)
            {
                i += run;
                continue;
            }
            result.Append(convert(line[from..i]));
            result.Append(line, i, close + run - i);
            i = from = close + run;
        }
        result.Append(convert(line[from..]));
    }
}
