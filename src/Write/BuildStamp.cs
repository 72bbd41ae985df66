using System.Security.Cryptography;
using System.Text;
using KhaSite.Safety;

namespace KhaSite.Write;

/// <summary>
/// What the last clean build into an output folder was made from (an <c>InputFingerprint</c>) and what it left there
/// (<see cref="OutputListing"/>: every path, size, modification time). When both still hold, a new build would write
/// the same bytes, and the folder is kept as it is. Kept in <c>.khasite/</c> beside the input folder, one file per
/// output folder. A build with warnings leaves its diagnostics beside it (<see cref="StoredDiagnostics"/>, whose hash the
/// stamp holds) so that a build with nothing changed prints them again.
/// </summary>
public sealed record BuildStamp(string Fingerprint, OutputListing Output, IReadOnlyDictionary<string, int> PagesPerLanguage, int Files,
    string DiagnosticsSha256 = "", Diagnostics.ReportedSite? Site = null, IReadOnlyDictionary<string, KeptPart>? Parts = null,
    string PagesSha256 = "")
{
    /// <summary>The file of the stored diagnostics that goes with the stamp at <paramref name="stampPath"/>.</summary>
    public static string DiagnosticsPathFor(string stampPath) => Path.ChangeExtension(stampPath, ".diagnostics");

    /// <summary>The stamp file for builds of <paramref name="inputDir"/> into <paramref name="outputDir"/>.</summary>
    public static string PathFor(string inputDir, string outputDir)
    {
        var site = Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(outputDir))))[..16];
        return Path.Combine(site, ".khasite", $"build-{key}.stamp");
    }

    /// <summary>The stamp, when the file holds one and the output folder is still exactly as that build left it.</summary>
    public static BuildStamp? ReadValid(string stampPath, string fingerprint, string outputDir) =>
        ReadTrusted(stampPath, outputDir) is { } stamp && stamp.Fingerprint == fingerprint ? stamp : null;

    /// <summary>The stamp of the last build, when the output folder is still exactly as that build left it (whatever
    /// changed in the input since): its <see cref="Parts"/> may be kept.</summary>
    public static BuildStamp? ReadTrusted(string stampPath, string outputDir) =>
        ReadStored(stampPath, outputDir) is { } stamp && stamp.StillHolds(outputDir) ? stamp : null;

    /// <summary>The stamp the file holds, when it is whole and no build's work folders are beside the output; whether
    /// the output is still as it lists is <see cref="StillHolds"/>.</summary>
    public static BuildStamp? ReadStored(string stampPath, string outputDir)
    {
        try
        {
            // Anything where a build keeps its work folders (a killed build's, or something else) is for a build to handle.
            if (!File.Exists(stampPath) || StagingFolder.WorkFolders(outputDir).Any(Path.Exists)) return null;
            return SealedFile.Read(stampPath) is { } content ? Read(content) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Whether the output folder is still exactly as this stamp lists it (<see cref="OutputListing.StillHolds"/>).</summary>
    public bool StillHolds(string outputDir)
    {
        try
        {
            return Output.StillHolds(outputDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // A small binary file rather than JSON: reading it is the first thing a no-change build does, and reflection-based
    // JSON cost that build a few hundred methods of JIT compilation (docs/performance.md, "The build cache").
    // 5: a SealedFile, so a damaged or forged stamp is not read as another (its parts' file lists decide what a build
    // keeps of the output, and a stamp that matches keeps the whole folder).
    private const string Magic = "khasite-stamp-5";

    private static BuildStamp? Read(ArraySegment<byte> content)
    {
        using var reader = new BinaryReader(new MemoryStream(content.Array!, content.Offset, content.Count, writable: false), Encoding.UTF8);
        if (reader.ReadString() != Magic) return null;
        var fingerprint = reader.ReadString();
        var output = OutputListing.Read(reader);
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = reader.ReadInt32(); n > 0; n--) pages[reader.ReadString()] = reader.ReadInt32();
        var files = reader.ReadInt32();
        var diagnosticsSha256 = reader.ReadString();
        var site = reader.ReadBoolean() ? new Diagnostics.ReportedSite(reader.ReadString(), reader.ReadBoolean() ? reader.ReadString() : null, reader.ReadString()) : null;
        Dictionary<string, KeptPart>? parts = null;
        if (reader.ReadBoolean())
        {
            parts = new Dictionary<string, KeptPart>(StringComparer.Ordinal);
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var name = reader.ReadString();
                var key = reader.ReadString();
                var partFiles = new string[reader.ReadInt32()];
                for (var i = 0; i < partFiles.Length; i++) partFiles[i] = reader.ReadString();
                parts[name] = new KeptPart(key, partFiles);
            }
        }
        return new BuildStamp(fingerprint, output, pages, files, diagnosticsSha256, site, parts, reader.ReadString());
    }

    public void Save(string stampPath)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Fingerprint);
            Output.Write(writer);
            writer.Write(PagesPerLanguage.Count);
            foreach (var (lang, count) in PagesPerLanguage)
            {
                writer.Write(lang);
                writer.Write(count);
            }
            writer.Write(Files);
            writer.Write(DiagnosticsSha256);
            writer.Write(Site is not null);
            if (Site is not null)
            {
                writer.Write(Site.DefaultLanguage);
                writer.Write(Site.Repository is not null);
                if (Site.Repository is not null) writer.Write(Site.Repository);
                writer.Write(Site.Branch);
            }
            writer.Write(Parts is not null);
            if (Parts is not null)
            {
                writer.Write(Parts.Count);
                foreach (var (name, part) in Parts)
                {
                    writer.Write(name);
                    writer.Write(part.Key);
                    writer.Write(part.Files.Count);
                    foreach (var file in part.Files) writer.Write(file);
                }
            }
            writer.Write(PagesSha256);
        }
        SealedFile.Write(stampPath, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    public static void Remove(string stampPath)
    {
        foreach (var path in new[] { stampPath, DiagnosticsPathFor(stampPath), PageKeys.PathFor(stampPath) })
            try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A part of the output made by a pure function of what its <see cref="Key"/> hashes (a language's search
/// index): while the key stays the same, its <see cref="Files"/> are kept from the previous output.</summary>
public sealed record KeptPart(string Key, IReadOnlyList<string> Files);
