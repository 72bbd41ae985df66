namespace KhaSite.Load;

/// <summary>A text given once per language, as in <c>title: {kk: …, en: …}</c>.</summary>
public sealed class LocalizedText(IReadOnlyDictionary<string, string> byLanguage)
{
    public IReadOnlyDictionary<string, string> ByLanguage { get; } = byLanguage;

    public string this[string lang] => ByLanguage.TryGetValue(lang, out var text) ? text : "";

    /// <summary>Each language's text with where it was written (for checks that point into it).</summary>
    public IReadOnlyDictionary<string, Located<string>> Located { get; init; } = new Dictionary<string, Located<string>>();

    public bool Has(string lang) => ByLanguage.TryGetValue(lang, out var text) && text.Length > 0;

    /// <summary>This text with one more language's (a script edition's, converted from another language's text).</summary>
    public LocalizedText With(string lang, string text) =>
        new(new Dictionary<string, string>(ByLanguage, StringComparer.Ordinal) { [lang] = text }) { Located = Located };
}
