using System.Text.RegularExpressions;

namespace KhaSite.Safety;

/// <summary>
/// The language tags content may write in a <c>lang</c> attribute: BCP 47's common shape, a language (2–3 letters)
/// with an optional script (4 letters), region (2 letters or 3 digits) and variants: <c>kk</c>, <c>ru</c>,
/// <c>kk-Latn</c>, <c>en-GB</c>. Anything else (quotes, spaces, markup) never reaches the HTML.
/// </summary>
public static partial class LanguageTag
{
    public const string Description = "a language tag such as 'kk', 'ru', 'kk-Latn' or 'en-GB'";

    public static bool IsValid(string tag) => tag.Length <= 35 && Grammar().IsMatch(tag);

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-([a-zA-Z0-9]{5,8}|[0-9][a-zA-Z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
