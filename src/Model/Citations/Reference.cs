namespace KhaSite.Model.Citations;

/// <summary>An entry of an article's reference list: its number and every marker that points to it.</summary>
public sealed record Reference(int Number, SourceEntry Source, List<CitationMark> Marks);
