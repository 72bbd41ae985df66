namespace KhaSite.Render;

// View models of translations and page dates: when a page last changed, whether a translation is
// behind its original, and the translation status page.

/// <summary>A date shown on a page: <see cref="Iso"/> for <c>&lt;time datetime&gt;</c>, <see cref="Text"/> in the page's language.</summary>
public sealed record PageDate(string Iso, string Text);

/// <summary>The notice on a translation whose original changed after it was translated, with a link to the original.</summary>
public sealed record TranslationNotice(string Text, string LinkText, string OriginalHref, string OriginalLang);

/// <summary>One state on the status page, with how many translations are in it.</summary>
public sealed record TranslationCount(string State, string Label, int Count);

/// <summary>One article on the status page: its original and its translation into <see cref="Lang"/>.</summary>
public sealed record TranslationRow(
    string Key,
    string? OriginalTitle,
    string? OriginalHref,
    string? TranslationTitle,
    string? TranslationHref,
    string Lang,
    string State,
    string StateLabel,
    string? EditHref);

public sealed record TranslationGroup(string Title, IReadOnlyList<TranslationRow> Rows);

public sealed record TranslationStatusView(
    PageFrame Frame,
    IReadOnlyList<Breadcrumb> Breadcrumbs,
    string Title,
    string Intro,
    string OriginalLang,
    string OriginalLanguage,
    string TranslationLanguage,
    IReadOnlyList<TranslationCount> Counts,
    IReadOnlyList<TranslationGroup> Groups) : IPageView;
