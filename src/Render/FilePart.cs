using KhaSite.Write;

namespace KhaSite.Render;

/// <summary>
/// Files of the site that are not pages (downloads, feeds, previews, images, the theme's assets), as one part: its name
/// (unique in the build), the key of everything its bytes are made from (<see cref="OutputKeys.Part"/>; null: made by
/// every build), and what makes its files. A build with the cache keeps a part whose key did not change
/// (<see cref="PartCache"/>), so the key must hash every input the files read.
/// </summary>
public sealed record FilePart(string Name, string? Key, Func<IEnumerable<OutputFile>> Files)
{
    /// <summary>Writes the part's files, or keeps them from the previous output when its key did not change.</summary>
    public void WriteOrKeep(StagingFolder output, PartCache? parts)
    {
        if (Key is not null && parts?.TryKeep(Name, Key, output) == true) return;
        var written = new List<string>();
        foreach (var file in Files())
        {
            output.Write(file);
            written.Add(file.Path);
        }
        if (Key is not null) parts?.Made(Name, Key, written);
    }
}
