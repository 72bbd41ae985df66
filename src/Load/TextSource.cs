using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>
/// Where each character of a YAML text was written: a quoted or folded scalar spans lines, drops its indentation and
/// turns line breaks into spaces, so a position in the value is found by walking the source it was read from.
/// </summary>
/// <param name="Start">where the scalar (its quote or block indicator) starts</param>
/// <param name="Raw">the scalar as written in the file</param>
public sealed record TextSource(SourceLocation Start, string Raw)
{
    /// <summary>The file position of <paramref name="value"/>[<paramref name="index"/>]; the scalar's start if it cannot be followed.</summary>
    public SourceLocation At(string value, int index)
    {
        int line = Start.Line, column = Start.Column, raw = 0;
        for (var i = 0; i <= index && i < value.Length; i++)
        {
            // The next raw character that wrote value[i] (a folded line break writes a space); others were syntax.
            while (raw < Raw.Length && !Writes(Raw[raw], value[i]))
                Advance(Raw[raw++], ref line, ref column);
            if (raw == Raw.Length) return Start;
            if (i == index) return Start with { Line = line, Column = column };
            Advance(Raw[raw++], ref line, ref column);
        }
        return Start;
    }

    private static bool Writes(char raw, char value) => raw == value || raw == '\n' && value == ' ';

    private static void Advance(char c, ref int line, ref int column)
    {
        if (c == '\n') { line++; column = 1; }
        else column++;
    }
}
