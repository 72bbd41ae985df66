namespace KhaSite.Diagnostics;

/// <summary>
/// One diagnostic in a build cache's binary file (<c>Write/StoredDiagnostics</c>, <c>Load/ArticleCache</c>): its code,
/// place, message and catalog text, so that it prints again exactly as it was reported, in any language.
/// </summary>
public static class DiagnosticBinary
{
    private enum ArgumentKind : byte { Text, Phrase, Alternatives }

    public static void Write(BinaryWriter writer, Diagnostic d)
    {
        writer.Write(d.Code.Number);
        writer.Write(d.Location.File);
        writer.Write(d.Location.Line);
        writer.Write(d.Location.Column);
        writer.Write(d.Message);
        writer.Write(d.Text is not null);
        if (d.Text is null) return;
        WriteText(writer, d.Text);
    }

    /// <summary>A diagnostic's catalog text: its variant and arguments (<see cref="ReadText"/>).</summary>
    public static void WriteText(BinaryWriter writer, DiagnosticText text)
    {
        writer.Write(text.Variant);
        writer.Write(text.Arguments.Count);
        foreach (var (key, value) in text.Arguments)
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

    /// <summary>A count, then each diagnostic (<see cref="ReadAll"/>).</summary>
    public static void WriteAll(BinaryWriter writer, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics) Write(writer, d);
    }

    /// <summary>What <see cref="WriteAll"/> wrote, or null when one of them names a code this generator does not have.</summary>
    /// <exception cref="InvalidDataException">the bytes are not diagnostics</exception>
    /// <exception cref="EndOfStreamException">the bytes end inside them</exception>
    public static Diagnostic[]? ReadAll(BinaryReader reader, IReadOnlyDictionary<int, DiagnosticCode> codes)
    {
        var diagnostics = new Diagnostic[Count(reader)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            if (Read(reader, codes) is not { } diagnostic) return null;
            diagnostics[i] = diagnostic;
        }
        return diagnostics;
    }

    /// <summary>The codes by number, for <see cref="Read"/>.</summary>
    public static Dictionary<int, DiagnosticCode> Codes() => DiagnosticCode.All.ToDictionary(c => c.Number);

    /// <summary>The next diagnostic, or null when it names a code this generator does not have.</summary>
    /// <exception cref="InvalidDataException">the bytes are not a diagnostic</exception>
    /// <exception cref="EndOfStreamException">the bytes end inside it</exception>
    public static Diagnostic? Read(BinaryReader reader, IReadOnlyDictionary<int, DiagnosticCode> codes)
    {
        if (!codes.TryGetValue(reader.ReadInt32(), out var code)) return null;
        var location = new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
        var diagnostic = new Diagnostic(code, location, reader.ReadString());
        return reader.ReadBoolean() ? diagnostic with { Text = ReadText(reader) } : diagnostic;
    }

    /// <summary>What <see cref="WriteText"/> wrote.</summary>
    /// <exception cref="InvalidDataException">the bytes are not a catalog text</exception>
    /// <exception cref="EndOfStreamException">the bytes end inside it</exception>
    public static DiagnosticText ReadText(BinaryReader reader)
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
        return new DiagnosticText(variant, arguments);
    }

    /// <summary>A count of items that follow, each at least a byte: one the rest of the stream cannot hold is refused
    /// before anything is allocated for it.</summary>
    public static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException("a count larger than the file");
        return count;
    }
}
