namespace KhaSite.Diagnostics;

/// <summary>
/// Columns count characters, as compilers and editors' "go to line:column" do: 1 + the characters before the
/// position on its line, a tab counting as one character (not as the spaces it is drawn as), a character outside
/// the Basic Multilingual Plane (a surrogate pair) as one. docs/diagnostics.md states the rule.
/// </summary>
public static class TextColumn
{
    /// <param name="lineBefore">the text of the line before the position</param>
    public static int Of(ReadOnlySpan<char> lineBefore)
    {
        var column = 1;
        for (var i = 0; i < lineBefore.Length; i++)
            if (!char.IsLowSurrogate(lineBefore[i])) column++;
        return column;
    }
}
