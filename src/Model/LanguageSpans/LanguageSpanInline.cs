using Markdig.Syntax.Inlines;

namespace KhaSite.Model.LanguageSpans;

/// <summary>
/// Text in another language than its page's, written as Pandoc's bracketed span: <c>[Қазақстан халқы
/// Ассамблеясы]{lang=kk}</c>. Only <c>lang</c> and <c>dir</c> reach the HTML; anything else written in the braces is
/// kept in <see cref="Refused"/> for the check to report.
/// </summary>
public sealed class LanguageSpanInline : ContainerInline
{
    public string? Lang { get; init; }

    public string? Dir { get; init; }

    /// <summary>Attributes other than lang and dir (<c>onclick=…</c>, <c>style=…</c>, <c>.class</c>), as written.</summary>
    public required IReadOnlyList<string> Refused { get; init; }
}
