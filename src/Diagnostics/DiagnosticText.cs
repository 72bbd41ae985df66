using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KhaSite.Diagnostics;

/// <summary>
/// A message of the catalog (Messages/*.yml): which of its code's messages (the variant; "" when the code has one)
/// and the values of its named placeholders: text inserted verbatim, or a <see cref="Phrase"/> of the catalog put in
/// the language printed. The printer fills the template of the language asked for.
/// </summary>
public sealed record DiagnosticText(string Variant, IReadOnlyList<KeyValuePair<string, object>> Arguments)
{
    /// <summary>What is read of an anonymous object of placeholders: its properties, kept by the trimmer for each type a
    /// call site passes (a generic argument, so the build knows it: Native AOT).</summary>
    public const DynamicallyAccessedMemberTypes Placeholders = DynamicallyAccessedMemberTypes.PublicProperties;

    /// <summary>A message without placeholders.</summary>
    public static DiagnosticText Of(string variant) => new(variant, []);

    /// <param name="arguments">an anonymous object whose properties are the placeholders (<c>new { key, file }</c>), or a dictionary of them</param>
    public static DiagnosticText Of<[DynamicallyAccessedMembers(Placeholders)] T>(string variant, T arguments) => new(variant, ArgumentsOf(arguments));

    /// <summary>The value of a placeholder in <paramref name="lang"/>, or null when the message has no such value.</summary>
    public string? Value(string name, string lang) =>
        Arguments.FirstOrDefault(a => a.Key == name) is { Key: not null } a ? a.Value switch
        {
            Phrase phrase => DiagnosticCatalog.Phrase(phrase, lang),
            Alternatives alternatives => string.Join(" " + DiagnosticCatalog.Phrase(new Phrase("or"), lang) + " ", alternatives.Items),
            var text => (string)text,
        } : null;

    public bool Equals(DiagnosticText? other) =>
        other is not null && Variant == other.Variant && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Variant, Arguments.Count);

    private static KeyValuePair<string, object>[] ArgumentsOf<[DynamicallyAccessedMembers(Placeholders)] T>(T arguments) => arguments switch
    {
        null => [],
        IEnumerable<KeyValuePair<string, object>> named => [.. named.Select(p => KeyValuePair.Create(p.Key, Format(p.Value)))],
        // Typed object at the call: its properties are not the placeholders'; the anonymous type must reach here as T.
        _ when typeof(T) != arguments.GetType() => throw new ArgumentException($"placeholders typed {typeof(T).Name}, not as their own type {arguments.GetType().Name}", nameof(arguments)),
        _ => [.. typeof(T).GetProperties().Select(p => KeyValuePair.Create(p.Name, Format(p.GetValue(arguments))))],
    };

    private static object Format(object? value) => value switch
    {
        null => "",
        Phrase or Alternatives => value,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>A fixed English phrase of the generator (what a field belongs to: "front matter", "a dataset row") that the catalog translates (phrases: in Messages/*.yml).</summary>
public sealed record Phrase(string English);

/// <summary>Values to choose from, printed joined by the language's "or".</summary>
public sealed record Alternatives(IReadOnlyList<string> Items)
{
    public bool Equals(Alternatives? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}
