using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KhaSite.Load;
using KhaSite.Load.Csl;

namespace KhaSite.Render.Citations;

/// <summary>
/// The bibliography as CSL-JSON, the format Zotero, Pandoc and citeproc read: every CSL variable of each item as
/// loaded (names with all their parts, dates with ranges, seasons, circa and literals), KhaSite's own extensions
/// left out. Items in id order, variables in name order, so the file is the same on every build.
/// </summary>
public static class CslJson
{
    private static readonly string[] Extensions = ["title-en", "container-title-en", "note-en", "UDC"];

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Write(IEnumerable<SourceRecord> records)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var record in records.OrderBy(r => r.Id.Value, StringComparer.Ordinal)) Item(json, record);
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Item(Utf8JsonWriter json, SourceRecord record)
    {
        json.WriteStartObject();
        json.WriteString("id", record.Id.Value);
        json.WriteString("type", record.Type);
        var variables = new SortedDictionary<string, Action>(StringComparer.Ordinal);
        foreach (var (field, value) in record.Fields)
            if (!Extensions.Contains(field) && CslSchema.TextVariables.Contains(field)) variables[field] = () => json.WriteString(field, value);
        foreach (var variable in CslSchema.NameVariables.Where(v => v != "author-en"))
            if (record.NamesOf(variable) is { Count: > 0 } names) variables[variable] = () => Names(json, variable, names);
        foreach (var variable in CslSchema.DateVariables)
            if (record.DateOf(variable) is { } date && (date.Start.Count > 0 || date.Literal is not null)) variables[variable] = () => Date(json, variable, date);
        foreach (var write in variables.Values) write();
        json.WriteEndObject();
    }

    private static void Names(Utf8JsonWriter json, string variable, IReadOnlyList<PersonName> names)
    {
        json.WriteStartArray(variable);
        foreach (var name in names)
        {
            json.WriteStartObject();
            if (name.IsLiteral) json.WriteString("literal", name.Literal);
            else
            {
                // "parse-names" asks the reader to split "van der Berg" into particle and family: done here, as Pandoc does.
                var (particle, family) = name.ParseNames && name.NonDroppingParticle is null ? SplitParticle(name.Family) : (name.NonDroppingParticle, name.Family);
                if (family.Length > 0) json.WriteString("family", family);
                if (name.Given.Length > 0) json.WriteString("given", name.Given);
                if (name.DroppingParticle is { Length: > 0 } dropping) json.WriteString("dropping-particle", dropping);
                if (particle is { Length: > 0 }) json.WriteString("non-dropping-particle", particle);
                if (name.Suffix is { Length: > 0 } suffix) json.WriteString("suffix", suffix);
                if (name.CommaSuffix) json.WriteBoolean("comma-suffix", true);
                if (name.StaticOrdering) json.WriteBoolean("static-ordering", true);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter json, string variable, CslDate date)
    {
        json.WriteStartObject(variable);
        // A season of a year is written as Pandoc and EDTF number it, [2006, 21] for spring: Pandoc drops a "season" field.
        var season = date.Start.Count == 1 ? SeasonNumber(date.Season) : null;
        if (date.Start.Count > 0)
        {
            json.WriteStartArray("date-parts");
            Parts(json, season is { } s ? [date.Start[0], 20 + s] : date.Start);
            if (date.End is { Count: > 0 } end) Parts(json, end);
            json.WriteEndArray();
        }
        if (date.Season is not null && season is null) json.WriteString("season", date.Season);
        if (date.Circa) json.WriteBoolean("circa", true);
        if (date.Literal is not null) json.WriteString("literal", date.Literal);
        json.WriteEndObject();
    }

    /// <summary>Leading lower-case words of a family name are its particle ("van der" of "van der Berg").</summary>
    private static (string? Particle, string Family) SplitParticle(string family)
    {
        var words = family.Split(' ');
        var lower = words.TakeWhile(w => w.Length > 0 && char.IsLower(w[0])).Count();
        return lower == 0 || lower == words.Length ? (null, family) : (string.Join(' ', words[..lower]), string.Join(' ', words[lower..]));
    }

    private static int? SeasonNumber(string? season) => season?.Trim().ToLowerInvariant() switch
    {
        "1" or "spring" => 1,
        "2" or "summer" => 2,
        "3" or "autumn" or "fall" => 3,
        "4" or "winter" => 4,
        _ => null,
    };

    private static void Parts(Utf8JsonWriter json, IReadOnlyList<int> parts)
    {
        json.WriteStartArray();
        foreach (var part in parts) json.WriteNumberValue(part);
        json.WriteEndArray();
    }
}
