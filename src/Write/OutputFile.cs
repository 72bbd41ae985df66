namespace KhaSite.Write;

/// <summary>A file of the built site: its path inside <c>output/</c> (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
