namespace KhaSite.Render.Citations;

/// <summary>How a run of a formatted reference is set: plain, in italics (a book's or journal's title), in quotation marks (an article's title), or a link.</summary>
public enum RunStyle { Plain, Italic, Quoted, Link }

/// <summary>A run of a formatted reference; <see cref="Href"/> is the target of a <see cref="RunStyle.Link"/>; <see cref="Lang"/> the run's language when it is not the page's.</summary>
public sealed record ReferenceRun(string Text, RunStyle Style = RunStyle.Plain, string? Href = null, string? Lang = null);

/// <summary>A formatted reference being written: runs of text, adjacent plain text merged. <see cref="Html.Reference"/> writes it as HTML.</summary>
public sealed class ReferenceText
{
    private readonly List<ReferenceRun> _runs = [];

    public IReadOnlyList<ReferenceRun> Runs => _runs;

    public bool IsEmpty => _runs.TrueForAll(r => r.Text.Length == 0);

    /// <summary>The last run, or null when nothing is written yet.</summary>
    public ReferenceRun? Last => _runs.Count == 0 ? null : _runs[^1];

    /// <summary>The marks around a <see cref="RunStyle.Quoted"/> run.</summary>
    public const string OpeningQuote = "“", ClosingQuote = "”";

    /// <summary>The text of every run, a quoted run in its marks: what a reader sees of the reference.</summary>
    public string PlainText => string.Concat(_runs.Select(r => r.Style == RunStyle.Quoted ? OpeningQuote + r.Text + ClosingQuote : r.Text));

    public ReferenceText Add(string text)
    {
        if (text.Length == 0) return this;
        if (_runs.Count > 0 && _runs[^1] is { Style: RunStyle.Plain, Lang: null }) _runs[^1] = _runs[^1] with { Text = _runs[^1].Text + text };
        else _runs.Add(new ReferenceRun(text));
        return this;
    }

    public ReferenceText Add(ReferenceText other)
    {
        foreach (var run in other._runs)
            if (run is { Style: RunStyle.Plain, Lang: null }) Add(run.Text);
            else _runs.Add(run);
        return this;
    }

    public ReferenceText Italic(string text, string? lang = null) => Styled(new ReferenceRun(text, RunStyle.Italic, Lang: lang));

    public ReferenceText Quoted(string text, string? lang = null) => Styled(new ReferenceRun(text, RunStyle.Quoted, Lang: lang));

    /// <summary>Plain text in another language than the page's.</summary>
    public ReferenceText InLanguage(string text, string lang) => Styled(new ReferenceRun(text, RunStyle.Plain, Lang: lang));

    public ReferenceText Link(string href, string text) => Styled(new ReferenceRun(text, RunStyle.Link, href));

    public static ReferenceText Of(string text) => new ReferenceText().Add(text);

    private ReferenceText Styled(ReferenceRun run)
    {
        _runs.Add(run);
        return this;
    }
}
