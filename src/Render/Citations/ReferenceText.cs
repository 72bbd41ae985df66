namespace KhaSite.Render.Citations;

/// <summary>How a run of a formatted reference is set: plain, in italics (a book's or journal's title), in quotation marks (an article's title), or a link.</summary>
public enum RunStyle { Plain, Italic, Quoted, Link }

/// <summary>A run of a formatted reference; <see cref="Href"/> is the target of a <see cref="RunStyle.Link"/>.</summary>
public sealed record ReferenceRun(string Text, RunStyle Style = RunStyle.Plain, string? Href = null);

/// <summary>A formatted reference being written: runs of text, adjacent plain text merged. <see cref="Html.Reference"/> writes it as HTML.</summary>
public sealed class ReferenceText
{
    private readonly List<ReferenceRun> _runs = [];

    public IReadOnlyList<ReferenceRun> Runs => _runs;

    public bool IsEmpty => _runs.TrueForAll(r => r.Text.Length == 0);

    /// <summary>The last run, or null when nothing is written yet.</summary>
    public ReferenceRun? Last => _runs.Count == 0 ? null : _runs[^1];

    public ReferenceText Add(string text)
    {
        if (text.Length == 0) return this;
        if (_runs.Count > 0 && _runs[^1].Style == RunStyle.Plain) _runs[^1] = _runs[^1] with { Text = _runs[^1].Text + text };
        else _runs.Add(new ReferenceRun(text));
        return this;
    }

    public ReferenceText Add(ReferenceText other)
    {
        foreach (var run in other._runs)
            if (run.Style == RunStyle.Plain) Add(run.Text);
            else _runs.Add(run);
        return this;
    }

    public ReferenceText Italic(string text) => Styled(new ReferenceRun(text, RunStyle.Italic));

    public ReferenceText Quoted(string text) => Styled(new ReferenceRun(text, RunStyle.Quoted));

    public ReferenceText Link(string href, string text) => Styled(new ReferenceRun(text, RunStyle.Link, href));

    public static ReferenceText Of(string text) => new ReferenceText().Add(text);

    private ReferenceText Styled(ReferenceRun run)
    {
        _runs.Add(run);
        return this;
    }
}
