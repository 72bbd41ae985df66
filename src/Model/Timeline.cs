using KhaSite.Load;
using KhaSite.Model.Citations;

namespace KhaSite.Model;

/// <summary>An event of the timeline with its parsed date and citation.</summary>
public sealed class TimelineEvent(TimelineRecord record, PartialDate? date, ParsedCitation? cite)
{
    public TimelineRecord Record { get; } = record;

    public string Id => Record.Id.Value;

    /// <summary>Null when the date is malformed (reported; the event is then left out of pages).</summary>
    public PartialDate? Date { get; } = date;

    public ParsedCitation? Cite { get; } = cite;

    /// <summary>The event's tags, listed once (every timeline page and tag filter reads them).</summary>
    public IReadOnlyList<string> Tags { get; } = record.Tags.Select(t => t.Value).ToArray();

    /// <summary>The article the event links to, when <c>article:</c> names one that exists.</summary>
    public Article? Article { get; set; }
}

/// <summary>The timeline page of one language: its events' citation markers and the page's reference list.</summary>
public sealed class TimelineCitations(string lang, CitationNumbering numbering)
{
    public string Lang { get; } = lang;

    public CitationNumbering Numbering { get; } = numbering;

    public Dictionary<string, IReadOnlyList<CitationMark>> MarksByEvent { get; } = new(StringComparer.Ordinal);
}

public sealed class Timeline
{
    /// <summary>Events with valid dates, in date order (file order among equal dates).</summary>
    public List<TimelineEvent> Events { get; } = [];

    /// <summary>Every event as written, valid or not, in file order (for the checks).</summary>
    public List<TimelineEvent> AllEvents { get; } = [];

    public Dictionary<string, TimelineCitations> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>How many events have the tag: a tag with any has a timeline page of its own and a filter link.</summary>
    public int Tagged(string tag) => Events.Count(e => e.Tags.Contains(tag));

    public IEnumerable<TimelineEvent> Select(IReadOnlyCollection<string> tags, int? from, int? to) =>
        Events.Where(e => (tags.Count == 0 || e.Tags.Any(tags.Contains))
            && (from is null || e.Date!.Value.Year >= from) && (to is null || e.Date!.Value.Year <= to));
}
