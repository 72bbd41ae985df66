namespace KhaSite.Cli;

/// <summary>
/// Sets one top-level field of an article's front matter in place, leaving every other byte of the file as it
/// was (comments, order, quoting, line endings).
/// </summary>
public static class FrontMatterEditor
{
    /// <summary>The text with <c>key: value</c> set, or null when the text has no front matter.</summary>
    public static string? SetField(string text, string key, string value)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd('\r') != "---") return null;
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') is "---" or "...");
        if (close < 0) return null;

        var line = $"{key}: {value}";
        var existing = Array.FindIndex(lines, 1, close - 1, l => IsField(l, key));
        var result = lines.ToList();
        if (existing >= 0)
        {
            var end = lines[existing].EndsWith('\r') ? "\r" : "";
            result[existing] = line + end;
        }
        else
        {
            result.Insert(close, line + (newline == "\r\n" ? "\r" : ""));
        }
        return string.Join('\n', result);
    }

    /// <summary>The value of a top-level field as written, or null.</summary>
    public static string? GetField(string text, string key)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd('\r') != "---") return null;
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd('\r') is "---" or "...");
        if (close < 0) return null;
        var line = lines.Skip(1).Take(close - 1).FirstOrDefault(l => IsField(l, key));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Trim('"', '\'');
    }

    private static bool IsField(string line, string key) =>
        line.StartsWith(key, StringComparison.Ordinal) && line[key.Length..].TrimStart(' ', '\t').StartsWith(':');
}
