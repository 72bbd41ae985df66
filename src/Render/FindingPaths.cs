namespace KhaSite.Render;

/// <summary>The pages that help readers find articles: the A–Z index, categories, tags and the glossary.</summary>
public static class FindingPaths
{
    public static string Index(string lang) => $"{lang}/a-z/";

    public static string Categories(string lang) => $"{lang}/categories/";

    public static string Category(string lang, string id) => $"{lang}/categories/{id}/";

    public static string Tags(string lang) => $"{lang}/tags/";

    public static string Tag(string lang, string id) => $"{lang}/tags/{id}/";

    public static string Glossary(string lang) => Model.Glossary.Path(lang);

    public static string Feed(string lang) => $"{lang}/feed.xml";

    public static string Search(string lang) => $"{lang}/search/";
}
