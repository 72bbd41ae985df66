namespace KhaSite.Tests.Support;

/// <summary>Copies of folders and files for tests that build a site or a repository of their own.</summary>
public static class TestFolders
{
    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)).WithFolder());
    }

    /// <summary>The path, after creating the folder it is in.</summary>
    public static string WithFolder(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
