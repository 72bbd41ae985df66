namespace KhaSite.Write;

/// <summary>Replaces one file of a published site atomically (the preview's quick path): written beside it, then moved over it.</summary>
public static class FileReplacer
{
    public static async Task ReplaceAsync(string outputDir, string path, Func<Stream, Task> write)
    {
        var target = StagingFolder.Inside(outputDir, path);
        var temporary = target + ".new";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
            await write(stream);
        File.Move(temporary, target, overwrite: true);
    }
}
