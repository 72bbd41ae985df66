namespace KhaSite.Diagnostics;

/// <summary>
/// The catalogue of diagnostics. Numbers are stable: never reuse one. docs/diagnostics.md lists them
/// (a test keeps the two in step). Ranges: 00xx input files, 01xx links and Markdown, 02xx translations,
/// 03xx bibliography and citations, 04xx timeline, 05xx statistics, 06xx content quality.
/// </summary>
public sealed record DiagnosticCode(int Number, Severity Severity, string Title)
{
    public string Id => $"KHA{Number:0000}";

    public static readonly DiagnosticCode YamlSyntax = new(1, Severity.Error, "YAML syntax error");
    public static readonly DiagnosticCode SiteConfigInvalid = new(2, Severity.Error, "site.yml is missing or invalid");
    public static readonly DiagnosticCode UnknownField = new(3, Severity.Error, "unknown field");
    public static readonly DiagnosticCode WrongFieldType = new(4, Severity.Error, "field has the wrong type");
    public static readonly DiagnosticCode MissingField = new(5, Severity.Error, "required field missing");
    public static readonly DiagnosticCode BadFileName = new(6, Severity.Error, "article file name is not <slug>.<lang>.md in a section folder");
    public static readonly DiagnosticCode DuplicateSlug = new(7, Severity.Error, "two articles share a section and slug");
    public static readonly DiagnosticCode MissingUiString = new(8, Severity.Error, "a UI string is missing in one language");
    public static readonly DiagnosticCode UnknownSection = new(9, Severity.Error, "article folder is not a section declared in site.yml");
    public static readonly DiagnosticCode MissingFrontMatter = new(10, Severity.Error, "article has no front matter");
    public static readonly DiagnosticCode BadDate = new(11, Severity.Error, "malformed or impossible date");
    public static readonly DiagnosticCode UnknownCategory = new(12, Severity.Error, "unknown category");
    public static readonly DiagnosticCode UnknownTag = new(13, Severity.Error, "unknown tag");

    // Hostile or broken input files (issue 15): the loader's limits.
    public static readonly DiagnosticCode SymbolicLink = new(14, Severity.Error, "a symbolic link in the input or the theme");
    public static readonly DiagnosticCode NotARegularFile = new(15, Severity.Error, "not a regular file");
    public static readonly DiagnosticCode FileTooLarge = new(16, Severity.Error, "file larger than KhaSite reads");
    public static readonly DiagnosticCode InvalidUtf8 = new(17, Severity.Error, "file is not valid UTF-8");
    public static readonly DiagnosticCode YamlAlias = new(18, Severity.Error, "YAML alias");
    public static readonly DiagnosticCode YamlTooDeep = new(19, Severity.Error, "YAML nested too deep");
    public static readonly DiagnosticCode MarkdownTooDeep = new(20, Severity.Error, "Markdown nested too deep");
    public static readonly DiagnosticCode DuplicateLanguage = new(21, Severity.Error, "a language listed twice in site.yml");
    public static readonly DiagnosticCode DuplicateSection = new(22, Severity.Error, "a section listed twice in site.yml");
    public static readonly DiagnosticCode BadLanguageCode = new(23, Severity.Error, "not a language code");
    public static readonly DiagnosticCode BadPlaceholder = new(24, Severity.Error, "a malformed placeholder in a UI string");
    public static readonly DiagnosticCode UnclosedFrontMatter = new(25, Severity.Error, "front matter without its closing '---'");
    public static readonly DiagnosticCode NotFiniteNumber = new(26, Severity.Error, "a number that is not finite");
    public static readonly DiagnosticCode NegativePercentage = new(27, Severity.Error, "a negative percentage");
    public static readonly DiagnosticCode TooManyHeadings = new(28, Severity.Error, "an article with more headings than KhaSite reads");

    // Languages of site.yml (issue 25): settings that cannot format a page.
    public static readonly DiagnosticCode UnknownCulture = new(50, Severity.Error, "a language's culture is not one .NET knows");
    public static readonly DiagnosticCode BadLanguageSetting = new(51, Severity.Error, "a language setting of site.yml has a wrong value");

    // The Latin-script edition (issue 23): input/data/latin-exceptions.yml and the converter's doubtful words.
    public static readonly DiagnosticCode BadLatinExceptionWord = new(80, Severity.Error, "a Latin exception's word is not one Cyrillic word");
    public static readonly DiagnosticCode BadLatinExceptionSpelling = new(81, Severity.Error, "a Latin exception's spelling is not in Latin letters");
    public static readonly DiagnosticCode DuplicateLatinException = new(82, Severity.Error, "a word listed twice in the Latin exceptions");

    public static readonly DiagnosticCode BrokenLink = new(101, Severity.Error, "link to a missing article");
    public static readonly DiagnosticCode BrokenAnchor = new(102, Severity.Error, "link to a missing heading");
    public static readonly DiagnosticCode UnknownCitationKey = new(103, Severity.Error, "unknown citation key");
    public static readonly DiagnosticCode MalformedCitation = new(104, Severity.Error, "malformed citation");
    public static readonly DiagnosticCode RawHtml = new(105, Severity.Error, "raw HTML in Markdown");
    public static readonly DiagnosticCode CrossLanguageLink = new(106, Severity.Warning, "link to an article in the other language");
    public static readonly DiagnosticCode UnknownEmbed = new(107, Severity.Error, "unknown or invalid embed block");

    public static readonly DiagnosticCode MissingTranslation = new(201, Severity.Warning, "page has no translation");
    public static readonly DiagnosticCode OutdatedTranslation = new(202, Severity.Warning, "translation is older than its original");
    public static readonly DiagnosticCode StructureMismatch = new(203, Severity.Warning, "the two languages of a pair differ in sections or citations");

    public static readonly DiagnosticCode DuplicateSourceId = new(301, Severity.Error, "duplicate source id");
    public static readonly DiagnosticCode SourceNeverCited = new(302, Severity.Warning, "source is never cited");
    public static readonly DiagnosticCode SourceFieldMissing = new(303, Severity.Error, "source lacks a field its type requires");
    public static readonly DiagnosticCode UnknownCslField = new(304, Severity.Warning, "bibliography field is no CSL variable");
    public static readonly DiagnosticCode BibliographyDate = new(305, Severity.Error, "malformed or impossible bibliography date");
    public static readonly DiagnosticCode UnknownItemType = new(306, Severity.Error, "unknown CSL item type");
    public static readonly DiagnosticCode BibliographyName = new(307, Severity.Error, "a bibliography name has no name part");
    public static readonly DiagnosticCode BibliographyShape = new(308, Severity.Error, "a bibliography file is not a list of CSL items");

    public static readonly DiagnosticCode DuplicateEventId = new(401, Severity.Error, "duplicate timeline event id");
    public static readonly DiagnosticCode EventOutOfOrder = new(402, Severity.Warning, "timeline event out of chronological order");
    public static readonly DiagnosticCode UnknownArticle = new(403, Severity.Error, "reference to an article that does not exist");

    public static readonly DiagnosticCode DuplicateDatasetId = new(501, Severity.Error, "duplicate dataset id");
    public static readonly DiagnosticCode PartsDoNotAddUp = new(502, Severity.Warning, "parts of a breakdown do not add up to its total");
    public static readonly DiagnosticCode UnknownDataset = new(503, Severity.Error, "unknown dataset");

    // A figure is data, not prose (issue 19).
    public static readonly DiagnosticCode UndatedOnTimeAxis = new(510, Severity.Error, "an undated value placed on a time axis");
    public static readonly DiagnosticCode UnknownFigure = new(511, Severity.Error, "a figure reference names no fact or dataset row");
    public static readonly DiagnosticCode DuplicateFactId = new(512, Severity.Error, "duplicate fact id");

    // Images and figures (issue 18 item 18).
    public static readonly DiagnosticCode ImageWithoutAlt = new(680, Severity.Error, "an image without alt text");
    public static readonly DiagnosticCode MissingImage = new(681, Severity.Error, "an image file that does not exist");
    public static readonly DiagnosticCode ImageOutsideInput = new(682, Severity.Error, "an image that is no file of input/");
    public static readonly DiagnosticCode UnknownImageFormat = new(683, Severity.Error, "an image that is no PNG, JPEG, GIF, WebP or SVG");
    public static readonly DiagnosticCode ImageTooLarge = new(684, Severity.Error, "an image larger than KhaSite publishes");
    public static readonly DiagnosticCode UnsafeSvg = new(685, Severity.Error, "an SVG image with scripts or outside references");
    public static readonly DiagnosticCode ImageInText = new(686, Severity.Error, "an image inside a paragraph's text");
    public static readonly DiagnosticCode DiagramData = new(687, Severity.Error, "an organisation or map record that cannot be drawn");

    public static readonly DiagnosticCode UncitedParagraph = new(601, Severity.Warning, "paragraph without a citation");
    public static readonly DiagnosticCode FigureWithoutData = new(610, Severity.Warning, "a number in prose that no data record holds");
    public static readonly DiagnosticCode GlossaryRendering = new(611, Severity.Warning, "a glossary term rendered in a way the glossary does not list");
    public static readonly DiagnosticCode AmbiguousLatinWord = new(690, Severity.Warning, "a Kazakh word whose Latin spelling the converter cannot be sure of");

    // Language of parts (issue 18 item 17).
    public static readonly DiagnosticCode SpanAttributeRefused = new(660, Severity.Error, "an attribute other than lang or dir on a span");
    public static readonly DiagnosticCode BadLanguageTag = new(661, Severity.Error, "a lang that is no language tag, or a dir other than ltr or rtl");
    public static readonly DiagnosticCode UnmarkedLanguage = new(662, Severity.Warning, "text in another script than its page's, not marked with its language");

    public static readonly DiagnosticCode UnsafeUrl = new(720, Severity.Error, "a URL with a scheme that is not allowed");
    public static readonly DiagnosticCode InvalidId = new(721, Severity.Error, "an id that does not follow the id grammar");
    public static readonly DiagnosticCode IdCollision = new(722, Severity.Error, "two ids that differ only in case or in characters a URL drops");

    public static readonly DiagnosticCode LetteredList = new(801, Severity.Warning, "Markdown that reads as a list numbered with letters");

    // The build itself (issue 21): an input file that changed while it was built.
    public static readonly DiagnosticCode ArticleChangedDuringBuild = new(930, Severity.Error, "an article changed while the site was built");

    public static readonly DiagnosticCode InternalError = new(9999, Severity.Error, "internal error");

    public static IReadOnlyList<DiagnosticCode> All { get; } =
        typeof(DiagnosticCode).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Number)
            .ToArray();
}
