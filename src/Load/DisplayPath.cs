namespace KhaSite.Load;

/// <summary>Paths as diagnostics print them: relative to the working directory, with forward slashes.</summary>
public static class DisplayPath
{
    public static string For(string fullPath) => For(fullPath, Environment.CurrentDirectory);

    /// <param name="workingDirectory">the working directory, asked once by a caller that prints many paths (each
    /// question is a system call)</param>
    public static string For(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
