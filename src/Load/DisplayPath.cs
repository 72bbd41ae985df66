namespace KhaSite.Load;

/// <summary>Paths as diagnostics print them: relative to the working directory, with forward slashes.</summary>
public static class DisplayPath
{
    public static string For(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
