using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>The theme's interface texts in one language (<c>theme/i18n/&lt;lang&gt;.yml</c>), by dotted key.</summary>
public sealed class UiStrings(string lang, IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, SourceLocation>? locations = null)
{
    public string Lang { get; } = lang;

    public IReadOnlyDictionary<string, string> Texts { get; } = texts;

    /// <summary>Where each text was read (for the check's diagnostics).</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; } = locations ?? new Dictionary<string, SourceLocation>();

    /// <summary>The text for <paramref name="key"/>; the key itself when missing (the check reports it).</summary>
    public string this[string key] => Texts.TryGetValue(key, out var text) ? text : key;

    public string? Find(string key) => Texts.TryGetValue(key, out var text) ? text : null;

    /// <summary>Fills <c>{0}</c>, <c>{1}</c> … in the text (never throws: see <see cref="UiStringFormat"/>).</summary>
    public string Format(string key, params object[] args) => UiStringFormat.Fill(this[key], args);
}
