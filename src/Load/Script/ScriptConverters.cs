namespace KhaSite.Load.Script;

/// <summary>The script conversions KhaSite knows: Kazakh from Cyrillic to Latin (<see cref="KazakhLatin"/>).</summary>
public static class ScriptConverters
{
    /// <summary>Whether an edition in <paramref name="edition"/>'s script can be made from <paramref name="source"/>.</summary>
    public static bool Converts(Language source, Language edition) =>
        source.Script == "Cyrl" && edition.Script == "Latn"
        && source.CultureName.Split('-')[0] == LanguageDefaults.Kazakh.Code; // the one converter, KazakhLatin
}
