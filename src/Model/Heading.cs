namespace KhaSite.Model;

/// <summary>A heading of an article body: its level (2 for <c>##</c>), anchor id and text.</summary>
public sealed record Heading(int Level, string Id, string Text);
