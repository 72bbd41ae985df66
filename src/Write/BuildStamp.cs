using System.Globalization;
using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KhaSite.Write;

/// <summary>
/// What the last clean build into an output folder was made from (an <c>InputFingerprint</c>) and what it left there
/// (a hash of the output's file list: path, size, modification time). When both still hold, a new build would write
/// the same bytes, and the folder is kept as it is. Kept in <c>.khasite/</c> beside the input folder, one file per
/// output folder. A build with warnings leaves its diagnostics beside it (<see cref="StoredDiagnostics"/>, whose hash the
/// stamp holds) so that a build with nothing changed prints them again.
/// </summary>
public sealed record BuildStamp(string Fingerprint, string Output, IReadOnlyDictionary<string, int> PagesPerLanguage, int Files,
    string DiagnosticsSha256 = "", Diagnostics.ReportedSite? Site = null, IReadOnlyDictionary<string, KeptPart>? Parts = null)
{
    /// <summary>The file of the stored diagnostics that goes with the stamp at <paramref name="stampPath"/>.</summary>
    public static string DiagnosticsPathFor(string stampPath) => Path.ChangeExtension(stampPath, ".diagnostics");

    /// <summary>The stamp file for builds of <paramref name="inputDir"/> into <paramref name="outputDir"/>.</summary>
    public static string PathFor(string inputDir, string outputDir)
    {
        var site = Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(outputDir))))[..16];
        return Path.Combine(site, ".khasite", $"build-{key}.json");
    }

    /// <summary>The stamp, when the file holds one and the output folder is still exactly as that build left it.</summary>
    public static BuildStamp? ReadValid(string stampPath, string fingerprint, string outputDir) =>
        ReadTrusted(stampPath, outputDir) is { } stamp && stamp.Fingerprint == fingerprint ? stamp : null;

    /// <summary>The stamp of the last build, when the output folder is still exactly as that build left it (whatever
    /// changed in the input since): its <see cref="Parts"/> may be kept.</summary>
    public static BuildStamp? ReadTrusted(string stampPath, string outputDir)
    {
        try
        {
            // Anything where a build keeps its work folders (a killed build's, or something else) is for a build to handle.
            if (!File.Exists(stampPath) || StagingFolder.WorkFolders(outputDir).Any(Path.Exists)) return null;
            var stamp = JsonSerializer.Deserialize(File.ReadAllBytes(stampPath), WriteJson.Default.BuildStamp);
            return stamp is not null && stamp.Output == OutputListing(outputDir) ? stamp : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public void Save(string stampPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(stampPath)!);
        File.WriteAllBytes(stampPath, JsonSerializer.SerializeToUtf8Bytes(this, WriteJson.Default.BuildStamp));
    }

    public static void Remove(string stampPath)
    {
        foreach (var path in new[] { stampPath, DiagnosticsPathFor(stampPath) })
            try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A hash of every file under the folder: its path, size and modification time.</summary>
    public static string OutputListing(string outputDir)
    {
        if (!Directory.Exists(outputDir)) return "";
        var root = Path.GetFullPath(outputDir);
        // One walk that takes size and time from the directory entries, not a stat per file afterwards.
        var entries = new FileSystemEnumerable<(string Path, string Line)>(root,
            (ref FileSystemEntry e) =>
            {
                var path = e.ToFullPath();
                return (path, e.IsDirectory ? "" : e.Length.ToString(CultureInfo.InvariantCulture) + " " + e.LastWriteTimeUtc.UtcTicks.ToString(CultureInfo.InvariantCulture));
            },
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint });
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, line) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, path) + "\0" + line + "\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>A part of the output made by a pure function of what its <see cref="Key"/> hashes (a language's search
/// index): while the key stays the same, its <see cref="Files"/> are kept from the previous output.</summary>
public sealed record KeptPart(string Key, IReadOnlyList<string> Files);
