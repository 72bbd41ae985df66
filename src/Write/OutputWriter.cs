namespace KhaSite.Write;

/// <summary>
/// The Write stage: writes the whole site into a staging folder beside <c>output/</c> and swaps it in only when
/// every file was written, so readers and the preview never see a half-written site.
/// </summary>
public static class OutputWriter
{
    /// <param name="finish">work on the complete staging folder before it is published (the search index)</param>
    public static void Write(IReadOnlyCollection<OutputFile> files, string outputDir, Action<string>? finish = null)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var staging = target + ".staging";
        var previous = target + ".previous";
        DeleteIfPresent(staging);
        try
        {
            Directory.CreateDirectory(staging);
            var folders = files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct();
            foreach (var folder in folders) Directory.CreateDirectory(folder);
            Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content));
            finish?.Invoke(staging);

            DeleteIfPresent(previous);
            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(staging, target);
            DeleteIfPresent(previous);
        }
        catch
        {
            DeleteIfPresent(staging);
            if (!Directory.Exists(target) && Directory.Exists(previous)) Directory.Move(previous, target);
            throw;
        }
    }

    private static void DeleteIfPresent(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
