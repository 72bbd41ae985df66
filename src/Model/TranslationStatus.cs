namespace KhaSite.Model;

/// <summary>Where a translation stands against its original.</summary>
public enum TranslationState
{
    /// <summary>The translation records the hash of the original's current text.</summary>
    UpToDate,

    /// <summary>The translation records an older version of the original: the original changed since.</summary>
    Outdated,

    /// <summary>The translation exists but never recorded which version it follows (<c>translation_of</c> is absent).</summary>
    NotMarked,

    /// <summary>The translation has not been written.</summary>
    Missing,

    /// <summary>Only the translation exists: there is no original to compare it with.</summary>
    NoOriginal,
}

/// <summary>
/// One translation of one article, compared with its original (the site's default language). A translation records
/// the version it follows as <c>translation_of: &lt;hash&gt;</c> in its front matter, the
/// <see cref="Load.ArticleFile.BodyHash"/> of the original's text, written by <c>dotnet run -- translated</c>.
/// </summary>
public sealed record TranslationStatus(Article Article, string Lang, TranslationState State, ArticleVersion? Original, ArticleVersion? Translation)
{
    /// <summary>The hash the translation recorded, if any.</summary>
    public string? Recorded => Translation?.File.FrontMatter.TranslationOf?.Value;

    /// <summary>The hash of the original's current text.</summary>
    public string? Current => Original?.File.BodyHash;

    /// <summary>The status of <paramref name="article"/> in <paramref name="lang"/> (a language other than the original's).</summary>
    public static TranslationStatus Of(Article article, string lang, string originalLang)
    {
        var original = article.Versions.GetValueOrDefault(originalLang);
        var translation = article.Versions.GetValueOrDefault(lang);
        var recorded = translation?.File.FrontMatter.TranslationOf?.Value;
        var state = (original, translation) switch
        {
            (_, null) => TranslationState.Missing,
            (null, _) => TranslationState.NoOriginal,
            _ when recorded is null => TranslationState.NotMarked,
            _ when string.Equals(recorded, original.File.BodyHash, StringComparison.OrdinalIgnoreCase) => TranslationState.UpToDate,
            _ => TranslationState.Outdated,
        };
        return new TranslationStatus(article, lang, state, original, translation);
    }

    /// <summary>Every translation of the site: each article in each language other than the original's (a script edition is no translation).</summary>
    public static IEnumerable<TranslationStatus> All(SiteModel model) =>
        from article in model.Articles.Values
        from lang in model.Config.WrittenLanguages
        where lang != model.Config.DefaultLanguage
        select Of(article, lang, model.Config.DefaultLanguage);
}
