namespace KhaSite.Model.LanguageSpans;

/// <summary>Letters of another script than a page's: Cyrillic on a Latin-script page, Latin on a Cyrillic-script one.</summary>
public static class ScriptRun
{
    public static bool IsForeign(char c, string script) => script switch
    {
        "Latn" => c is >= '\u0400' and <= '\u04FF',
        "Cyrl" => char.IsAsciiLetter(c),
        _ => false,
    };

    public static bool HasForeign(string text, string script) => text.Any(c => IsForeign(c, script));
}
