using KhaSite.Diagnostics;
using KhaSite.Model.Citations;

namespace KhaSite.Model;

/// <summary>A <c>```timeline</c> or <c>```chart</c> block of an article, resolved to what it shows.</summary>
/// <remarks>It names no node of the body: the tree is parsed again where it is read (<see cref="ArticleVersion.Document"/>).</remarks>
public abstract record Embed;

public sealed record TimelineEmbed(IReadOnlyList<TimelineEvent> Events, IReadOnlyList<IReadOnlyList<CitationMark>> Marks) : Embed;

public sealed record ChartEmbed(Dataset Dataset, IReadOnlyList<DatasetRow> Rows, ChartKind? ChartKind,
    IReadOnlyList<CitationMark> DatasetMarks, IReadOnlyList<IReadOnlyList<CitationMark>> RowMarks) : Embed;

/// <summary>A <c>```orgchart</c> block: the Assembly's bodies, depth first, each with its citation.</summary>
public sealed record OrgChartEmbed(IReadOnlyList<OrgBody> Bodies, IReadOnlyList<IReadOnlyList<CitationMark>> Marks) : Embed;

/// <summary>A <c>```map</c> block: the places of events, each event with its citation.</summary>
public sealed record MapEmbed(IReadOnlyList<Place> Places, IReadOnlyList<IReadOnlyList<IReadOnlyList<CitationMark>>> Marks) : Embed;

/// <summary>An embed block that could not be read (bad YAML, unknown key, unknown dataset), for the check to report.</summary>
public sealed record EmbedProblem(DiagnosticCode Code, SourceLocation Location, string Message, DiagnosticText? Text = null);
