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

    private enum ArgumentKind : byte { Text, Phrase, Alternatives }

    /// <summary>Writes the diagnostics to <paramref name="path"/>; returns the SHA-256 of the file's bytes (the stamp keeps it).</summary>
    public static string Save(string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            Write(writer, diagnostics);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var bytes = buffer.ToArray();
        File.WriteAllBytes(path, bytes);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Writes the diagnostics (their count, then each) where <paramref name="writer"/> stands; <see cref="Read(BinaryReader, IReadOnlyDictionary{int, DiagnosticCode})"/> reads them back.</summary>
    public static void Write(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write(d.Code.Number);
            writer.Write(d.Location.File);
            writer.Write(d.Location.Line);
            writer.Write(d.Location.Column);
            writer.Write(d.Message);
            writer.Write(d.Text is not null);
            if (d.Text is null) continue;
            writer.Write(d.Text.Variant);
            writer.Write(d.Text.Arguments.Count);
            foreach (var (key, value) in d.Text.Arguments)
            {
                writer.Write(key);
                switch (value)
                {
                    case Phrase phrase:
                        writer.Write((byte)ArgumentKind.Phrase);
                        writer.Write(phrase.English);
                        break;
                    case Alternatives alternatives:
                        writer.Write((byte)ArgumentKind.Alternatives);
                        writer.Write(alternatives.Items.Count);
                        foreach (var item in alternatives.Items) writer.Write(item);
                        break;
                    default:
                        writer.Write((byte)ArgumentKind.Text);
                        writer.Write((string)value);
                        break;
                }
            }
        }
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
            return Read(reader, DiagnosticCode.All.ToDictionary(c => c.Number));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Diagnostics <see cref="Write(BinaryWriter, IReadOnlyList{Diagnostic})"/> wrote, or null when one names a code not in
    /// <paramref name="codes"/> (a newer or older generator's).</summary>
    /// <exception cref="EndOfStreamException">the bytes end too soon</exception>
    /// <exception cref="InvalidDataException">the bytes are not such diagnostics</exception>
    public static Diagnostic[]? Read(BinaryReader reader, IReadOnlyDictionary<int, DiagnosticCode> codes)
    {
        var diagnostics = new Diagnostic[Count(reader)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            if (!codes.TryGetValue(reader.ReadInt32(), out var code)) return null;
            var location = new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
            var diagnostic = new Diagnostic(code, location, reader.ReadString());
            if (reader.ReadBoolean())
            {
                var variant = reader.ReadString();
                var arguments = new KeyValuePair<string, object>[Count(reader)];
                for (var a = 0; a < arguments.Length; a++)
                {
                    var key = reader.ReadString();
                    object value = (ArgumentKind)reader.ReadByte() switch
                    {
                        ArgumentKind.Phrase => new Phrase(reader.ReadString()),
                        ArgumentKind.Alternatives => new Alternatives([.. Enumerable.Range(0, Count(reader)).Select(_ => reader.ReadString())]),
                        ArgumentKind.Text => reader.ReadString(),
                        _ => throw new InvalidDataException("unknown argument kind"),
                    };
                    arguments[a] = KeyValuePair.Create(key, value);
                }
                diagnostic = diagnostic with { Text = new DiagnosticText(variant, arguments) };
            }
            diagnostics[i] = diagnostic;
        }
        return diagnostics;
    }

    /// <summary>A count read from the bytes, no larger than they could hold (a damaged one must not allocate gigabytes).</summary>
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length ? count : throw new InvalidDataException("bad count");
    }
}
