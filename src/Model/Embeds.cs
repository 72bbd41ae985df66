using KhaSite.Diagnostics;
using KhaSite.Model.Citations;
using Markdig.Syntax;

namespace KhaSite.Model;

/// <summary>A <c>```timeline</c> or <c>```chart</c> block of an article, resolved to what it shows.</summary>
public abstract record Embed(FencedCodeBlock Block);

public sealed record TimelineEmbed(FencedCodeBlock Block, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<IReadOnlyList<CitationMark>> Marks) : Embed(Block);

public sealed record ChartEmbed(FencedCodeBlock Block, Dataset Dataset, IReadOnlyList<DatasetRow> Rows, ChartKind? ChartKind,
    IReadOnlyList<CitationMark> DatasetMarks, IReadOnlyList<IReadOnlyList<CitationMark>> RowMarks) : Embed(Block);

/// <summary>A <c>```orgchart</c> block: the Assembly's bodies, depth first, each with its citation.</summary>
public sealed record OrgChartEmbed(FencedCodeBlock Block, IReadOnlyList<OrgBody> Bodies, IReadOnlyList<IReadOnlyList<CitationMark>> Marks) : Embed(Block);

/// <summary>A <c>```map</c> block: the places of events, each event with its citation.</summary>
public sealed record MapEmbed(FencedCodeBlock Block, IReadOnlyList<Place> Places, IReadOnlyList<IReadOnlyList<IReadOnlyList<CitationMark>>> Marks) : Embed(Block);

/// <summary>An embed block that could not be read (bad YAML, unknown key, unknown dataset), for the check to report.</summary>
public sealed record EmbedProblem(DiagnosticCode Code, SourceLocation Location, string Message, DiagnosticText? Text = null);
