namespace KhaSite.Render.Data;

/// <summary>
/// How wide text in the theme's sans-serif will be, estimated generously (as wide as DejaVu Sans, the widest of the
/// fonts the stylesheet names), so that charts can wrap labels to the room they have instead of cutting them.
/// </summary>
public static class ChartTextWidth
{
    /// <summary>The estimated width of <paramref name="text"/> at font size <paramref name="size"/>, in the same units.</summary>
    public static double Of(string text, double size)
    {
        var em = 0.0;
        foreach (var c in text) em += Em(c);
        return em * size;
    }

    /// <summary>The text in lines no wider than <paramref name="width"/>, broken between words (inside a word only when it alone is too wide).</summary>
    public static IReadOnlyList<string> Wrap(string text, double width, double size)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var joined = line.Length == 0 ? word : line + " " + word;
            if (Of(joined, size) <= width) { line = joined; continue; }
            if (line.Length > 0) lines.Add(line);
            line = word;
            while (Of(line, size) > width && line.Length > 1)
            {
                var fits = 1;
                while (fits < line.Length && Of(line[..(fits + 1)], size) <= width) fits++;
                lines.Add(line[..fits]);
                line = line[fits..];
            }
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    private static double Em(char c) => c switch
    {
        ' ' or '\u00A0' or '\u202F' => 0.32,
        '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'i' or 'j' or 'l' or 'I' or 'ı' or 'і' or 'І' => 0.32,
        '(' or ')' or '[' or ']' or 'f' or 't' or 'r' or '«' or '»' or '“' or '”' or '"' => 0.45,
        'm' or 'w' or 'M' or 'W' or 'ж' or 'ш' or 'щ' or 'ю' or 'м' or 'ы' or 'ф' or 'Ж' or 'Ш' or 'Щ' or 'Ю' or 'М' or 'Ы' or 'Ф' or '—' or '⚑' => 0.95,
        >= '0' and <= '9' => 0.64,
        _ when char.IsUpper(c) => 0.76,
        _ => 0.62,
    };
}
