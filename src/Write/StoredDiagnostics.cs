using System.Security.Cryptography;
using System.Text;
using KhaSite.Diagnostics;

namespace KhaSite.Write;

/// <summary>
/// The diagnostics of the last build into an output folder, kept beside its <see cref="BuildStamp"/> so that a build
/// with nothing changed prints them again: same codes, places, messages (and their catalog text, for <c>--lang</c>), same
/// order. A compact binary file: a large site's tens of thousands of warnings read back in milliseconds, not in the
/// hundreds a JSON document of them costs.
/// </summary>
public static class StoredDiagnostics
{
    private const string Magic = "khasite-diagnostics-1";

    /// <summary>Writes the diagnostics to <paramref name="path"/>; returns the SHA-256 of the file's bytes (the stamp keeps it).</summary>
    public static string Save(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            DiagnosticBinary.WriteAll(writer, diagnostics);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var bytes = buffer.ToArray();
        File.WriteAllBytes(path, bytes);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The diagnostics of the file, or null when it is missing, is not the file whose hash is
    /// <paramref name="sha256"/>, or names a code this generator does not have.</summary>
    public static IReadOnlyList<Diagnostic>? Read(string path, string sha256)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != sha256) return null;
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (reader.ReadString() != Magic) return null;
            return DiagnosticBinary.ReadAll(reader, DiagnosticBinary.Codes());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException)
        {
            return null;
        }
    }
}
