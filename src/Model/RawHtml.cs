using KhaSite.Diagnostics;

namespace KhaSite.Model;

/// <summary>A piece of raw HTML found in Markdown (not allowed: content arrives through pull requests).</summary>
public sealed record RawHtml(SourceLocation Location, string Html);
