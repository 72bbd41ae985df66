using System.Collections.Concurrent;
using KhaSite.Write;

namespace KhaSite.Preview;

/// <summary>
/// The pages the quick path rendered since the last full build, served in place of the output folder's files. The
/// folder itself stays exactly as the last build left it, so the full build that follows finds its stamp still true
/// and keeps every page the save did not change (<see cref="BuildStamp"/>) instead of rendering the whole site again.
/// </summary>
public sealed class QuickPages
{
    private readonly ConcurrentDictionary<string, (byte[] Bytes, long Generation)> _pages = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Grows with every page put: a full build that started at this value includes every page put until then.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Serves <paramref name="bytes"/> for the site path <paramref name="path"/>; refused, as a build's write
    /// would be, when the path does not resolve inside <paramref name="outputDir"/>.</summary>
    public void Put(string outputDir, string path, byte[] bytes)
    {
        var file = StagingFolder.Inside(outputDir, path);
        _pages[file] = (bytes, Interlocked.Increment(ref _generation));
    }

    /// <summary>The quick page for the output file <paramref name="file"/> (a full path), if there is one.</summary>
    public byte[]? Find(string file) => _pages.TryGetValue(file, out var page) ? page.Bytes : null;

    /// <summary>Forgets the pages put up to <paramref name="generation"/>: a full build that started then has published them.</summary>
    public void PublishedUpTo(long generation)
    {
        foreach (var page in _pages)
            if (page.Value.Generation <= generation) _pages.TryRemove(page);
    }
}
