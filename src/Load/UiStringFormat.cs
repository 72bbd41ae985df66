using System.Globalization;
using System.Text;
using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>
/// The placeholders of the theme's UI strings: <c>{0}</c>, <c>{1}</c> … and the escapes <c>{{</c> and <c>}}</c>,
/// nothing else (no alignment or format, which could ask for a string of any length). The theme is untrusted, so
/// <see cref="Fill"/> never throws: a placeholder without its argument stays as written, and the check reports it.
/// </summary>
public static class UiStringFormat
{
    /// <summary>Null when every brace is a placeholder <c>{n}</c> or an escape, else what is wrong.</summary>
    public static DiagnosticText? Problem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{' when i + 1 < text.Length && text[i + 1] == '{':
                case '}' when i + 1 < text.Length && text[i + 1] == '}':
                    i++;
                    break;
                case '{':
                    var close = text.IndexOf('}', i);
                    if (close < 0 || close - i is < 2 or > 2 || !char.IsAsciiDigit(text[i + 1]))
                        return DiagnosticText.Of("not-a-placeholder", new { text = Excerpt(text, i) });
                    i = close;
                    break;
                case '}':
                    return DiagnosticText.Of("closes-nothing", new { text = Excerpt(text, i) });
            }
        }
        return null;
    }

    /// <summary>The placeholder numbers the text uses.</summary>
    public static IEnumerable<int> Indices(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] == '{' && text[i + 1] == '{') { i++; continue; }
            if (text[i] == '{' && char.IsAsciiDigit(text[i + 1]) && text[i + 2] == '}') yield return text[i + 1] - '0';
        }
    }

    /// <summary>The text with each <c>{n}</c> replaced by <paramref name="args"/>[n] (formatted invariantly) and escapes undone.</summary>
    public static string Fill(string text, object[] args)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '{' or '}' && i + 1 < text.Length && text[i + 1] == c)
            {
                result.Append(c);
                i++;
            }
            else if (c == '{' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && text[i + 2] == '}' && text[i + 1] - '0' < args.Length)
            {
                result.Append(Convert.ToString(args[text[i + 1] - '0'], CultureInfo.InvariantCulture));
                i += 2;
            }
            else result.Append(c);
        }
        return result.ToString();
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - 10);
        var piece = text.Substring(start, Math.Min(text.Length - start, 24));
        return piece.Length == text.Length - start ? piece : piece + "…";
    }
}
