using KhaSite.Diagnostics;

namespace KhaSite.Load.Script;

/// <summary>
/// A word of <c>input/data/latin-exceptions.yml</c>: a Cyrillic word (and its inflected forms) and how the Latin
/// edition writes it, e.g. a proper name whose Latin spelling the sources give or a loanword the rules misread.
/// </summary>
public sealed record LatinException(Located<string> Word, Located<string> Latin);

/// <summary>Reads <c>input/data/latin-exceptions.yml</c>: a list of <c>- word: …</c> / <c>latin: …</c> entries.</summary>
public static class LatinExceptionsLoader
{
    private static readonly string[] Fields = ["word", "latin", "note"];

    public static IReadOnlyList<LatinException> Load(string path, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return DataLoader.LoadList(path, diagnostics, (mapping, fields) =>
        {
            Located<string>? word = null, latin = null;
            foreach (var (key, node) in fields.Entries(mapping))
            {
                switch (key.Value)
                {
                    case "word": word = fields.Scalar(node, "word"); break;
                    case "latin": latin = fields.Scalar(node, "latin"); break;
                    case "note": break;
                    default: fields.UnknownField(key, Fields, "a Latin exception"); break;
                }
            }
            if (word is not { } w || latin is not { } l)
            {
                fields.Report(DiagnosticCode.MissingField, mapping, "latin-exception");
                return null;
            }
            if (!w.Value.All(KazakhLatin.IsCyrillicLetter))
            {
                diagnostics.Report(DiagnosticCode.BadLatinExceptionWord, w.Location, new { word = w.Value });
                return null;
            }
            if (l.Value.Any(KazakhLatin.IsCyrillicLetter) || !l.Value.Any(char.IsLetter))
            {
                diagnostics.Report(DiagnosticCode.BadLatinExceptionSpelling, l.Location, new { word = w.Value, latin = l.Value });
                return null;
            }
            if (!seen.Add(w.Value.ToLowerInvariant()))
            {
                diagnostics.Report(DiagnosticCode.DuplicateLatinException, w.Location, new { word = w.Value });
                return null;
            }
            return new LatinException(w, l);
        });
    }

    /// <summary>The exceptions as <see cref="KazakhLatin"/> reads them (lower-case Cyrillic word → Latin spelling), and the texts it keeps.</summary>
    public static KazakhLatin Converter(IReadOnlyList<LatinException> exceptions, IReadOnlyList<string>? keep = null) =>
        new(exceptions.ToDictionary(e => e.Word.Value.ToLowerInvariant(), e => e.Latin.Value, StringComparer.Ordinal), keep);
}
