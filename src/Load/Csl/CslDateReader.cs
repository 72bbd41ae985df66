using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using KhaSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KhaSite.Load.Csl;

/// <summary>
/// Reads a CSL date in every form the tools write: <c>2006</c>, <c>2006-05-03</c>, EDTF (<c>2006?</c>, <c>2006~</c>,
/// <c>2006/2008</c>, <c>2006-21</c> for spring), <c>{date-parts: [[2006, 5, 3], [2006, 6]]}</c> with <c>season</c>,
/// <c>circa</c>, <c>literal</c> or <c>raw</c>, and Pandoc's <c>[{year: 2006, month: 5}, {year: 2007}]</c>.
/// An impossible date (month 13, 30 February) is an error at its place; text that is no date is kept as a literal.
/// </summary>
public static partial class CslDateReader
{
    public static CslDate? Read(YamlNode node, string field, YamlFields fields, Action<Located<string>, string> unknown) => node switch
    {
        YamlScalarNode scalar => FromText(scalar.Value?.Trim() ?? "", node, field, fields),
        YamlMappingNode mapping => FromMapping(mapping, field, fields, unknown),
        YamlSequenceNode sequence => FromPartsList(sequence, field, fields, unknown),
        _ => null,
    };

    private static CslDate? FromMapping(YamlMappingNode mapping, string field, YamlFields fields, Action<Located<string>, string> unknown)
    {
        var errorsBefore = fields.Diagnostics.Count(Severity.Error);
        CslDate? date = null;
        string? season = null, literal = null;
        var circa = false;
        var hasYearKeys = false;
        foreach (var (key, value) in fields.Entries(mapping))
        {
            switch (key.Value)
            {
                case "date-parts": date = DateParts(value, field, fields); break;
                case "raw": if (value is YamlScalarNode { Value: { } raw }) date ??= FromText(raw.Trim(), value, field, fields); break;
                case "literal": literal = fields.Scalar(value, $"{field}.literal")?.Value; break;
                case "season": season = fields.Scalar(value, $"{field}.season")?.Value; break;
                case "circa": circa = value is YamlScalarNode { Value: { } c } && c.Trim() is not ("" or "false" or "0" or "no"); break;
                case "year" or "month" or "day": hasYearKeys = true; break;
                default: unknown(key, $"a date ('{field}')"); break;
            }
        }
        if (hasYearKeys) date = YearMonthDay(mapping, field, fields);
        if (date is null && literal is null)
        {
            if (fields.Diagnostics.Count(Severity.Error) > errorsBefore) return null;
            if (season is null && !circa) fields.Report(DiagnosticCode.BibliographyDate, mapping, "no-date", new { field });
            if (season is null) return null;
        }
        date ??= CslDate.Empty;
        return date with { Season = season ?? date.Season, Circa = circa || date.Circa, Literal = literal ?? date.Literal };
    }

    /// <summary><c>[[2006, 5, 3]]</c> or a range <c>[[2006, 5], [2006, 7]]</c>; parts may be written as text.</summary>
    private static CslDate? DateParts(YamlNode node, string field, YamlFields fields)
    {
        if (node is not YamlSequenceNode outer || outer.Children.Count is < 1 or > 2)
        {
            fields.Report(DiagnosticCode.BibliographyDate, node, "date-parts-list", new { field });
            return null;
        }
        var dates = new List<IReadOnlyList<int>>();
        string? season = null;
        foreach (var child in outer.Children)
        {
            if (child is not YamlSequenceNode inner || inner.Children.Count is < 1 or > 3)
            {
                fields.Report(DiagnosticCode.BibliographyDate, child, "date-parts-item", new { field });
                return null;
            }
            var parts = new List<int>();
            foreach (var part in inner.Children)
            {
                var text = (part as YamlScalarNode)?.Value?.Trim();
                if (text is null || text.Length == 0 && parts.Count > 0) break;
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    fields.Report(DiagnosticCode.BibliographyDate, part, "date-parts-number", new { text, field });
                    return null;
                }
                parts.Add(number);
            }
            // [2006, 21]: a season as EDTF numbers it (21 spring … 24 winter), the way Pandoc writes one.
            if (parts.Count == 2 && parts[1] is >= 21 and <= 24)
            {
                season ??= (parts[1] - 20).ToString(CultureInfo.InvariantCulture);
                parts.RemoveAt(1);
            }
            if (!Possible(parts, child, field, fields)) return null;
            dates.Add(parts);
        }
        return new CslDate(dates[0], dates.Count > 1 ? dates[1] : null, season);
    }

    /// <summary>Pandoc's list form: one <c>{year, month, day}</c> mapping, or two for a range.</summary>
    private static CslDate? FromPartsList(YamlSequenceNode sequence, string field, YamlFields fields, Action<Located<string>, string> unknown)
    {
        if (sequence.Children.Count is < 1 or > 2)
        {
            fields.Report(DiagnosticCode.BibliographyDate, sequence, "date-list", new { field });
            return null;
        }
        var dates = new List<CslDate>();
        foreach (var child in sequence.Children)
        {
            if (child is not YamlMappingNode mapping)
            {
                fields.Report(DiagnosticCode.BibliographyDate, child, "date-list-item", new { field });
                return null;
            }
            if (FromMapping(mapping, field, fields, unknown) is not { } date) return null;
            dates.Add(date);
        }
        return dates.Count == 1 ? dates[0] : dates[0] with { End = dates[1].Start };
    }

    private static CslDate? YearMonthDay(YamlMappingNode mapping, string field, YamlFields fields)
    {
        var parts = new List<int>();
        foreach (var name in new[] { "year", "month", "day" })
        {
            if (!mapping.Children.TryGetValue(new YamlScalarNode(name), out var value)) break;
            var text = (value as YamlScalarNode)?.Value?.Trim();
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                fields.Report(DiagnosticCode.BibliographyDate, value, "part-number", new { field, name, text });
                return null;
            }
            parts.Add(number);
        }
        if (parts.Count == 0)
        {
            fields.Report(DiagnosticCode.BibliographyDate, mapping, "no-year", new { field });
            return null;
        }
        return Possible(parts, mapping, field, fields) ? new CslDate(parts) : null;
    }

    /// <summary>A date as text: ISO/EDTF when it looks like one (and then it must be possible), else a literal.</summary>
    private static CslDate? FromText(string text, YamlNode node, string field, YamlFields fields)
    {
        if (text.Length == 0) return null;
        var halves = text.Split('/');
        if (halves.Length > 2 || !halves.All(h => Edtf().IsMatch(h))) return Numeric().IsMatch(text)
            ? Bad(node, fields, "not-a-date", new { field, text })
            : new CslDate([], Literal: text);
        var dates = new List<(List<int> Parts, string? Season)>();
        bool uncertain = false, approximate = false;
        foreach (var half in halves)
        {
            var match = Edtf().Match(half);
            uncertain |= match.Groups["q"].Value is "?" or "%";
            approximate |= match.Groups["q"].Value is "~" or "%";
            var parts = new List<int> { int.Parse(match.Groups["y"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) };
            string? season = null;
            if (match.Groups["m"].Success)
            {
                var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (month is >= 21 and <= 24 && !match.Groups["d"].Success) season = (month - 20).ToString(CultureInfo.InvariantCulture);
                else parts.Add(month);
            }
            if (match.Groups["d"].Success) parts.Add(int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
            if (!Possible(parts, node, field, fields, text)) return null;
            dates.Add((parts, season));
        }
        return new CslDate(dates[0].Parts, dates.Count > 1 ? dates[1].Parts : null, dates[0].Season, approximate, uncertain);
    }

    private static bool Possible(IReadOnlyList<int> parts, YamlNode node, string field, YamlFields fields, string? written = null)
    {
        var shown = written ?? string.Join("-", parts);
        // CSL counts years before the common era as negative; there is no year 0, and four digits are the most a date is written with.
        if (parts.Count > 0 && (parts[0] == 0 || Math.Abs(parts[0]) > 9999))
        {
            fields.Report(DiagnosticCode.BibliographyDate, node, "year", new { field, shown, year = parts[0] });
            return false;
        }
        if (parts.Count > 1 && parts[1] is < 1 or > 12)
        {
            fields.Report(DiagnosticCode.BibliographyDate, node, "month", new { field, shown, month = parts[1] });
            return false;
        }
        if (parts.Count > 2 && (parts[2] < 1 || parts[2] > DaysIn(parts[0], parts[1])))
        {
            fields.Report(DiagnosticCode.BibliographyDate, node, "day", new { field, shown, month = parts[1], year = parts[0], day = parts[2] });
            return false;
        }
        return true;
    }

    private static int DaysIn(int year, int month) => month == 2
        ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28)
        : month is 4 or 6 or 9 or 11 ? 30 : 31;

    private static CslDate? Bad<[DynamicallyAccessedMembers(DiagnosticText.Placeholders)] T>(YamlNode node, YamlFields fields, string variant, T arguments)
    {
        fields.Report(DiagnosticCode.BibliographyDate, node, variant, arguments);
        return null;
    }

    [GeneratedRegex(@"^(?<y>-?[0-9]{1,4})(-(?<m>[0-9]{1,2})(-(?<d>[0-9]{1,2}))?)?(?<q>[?~%])?$")]
    private static partial Regex Edtf();

    [GeneratedRegex(@"^[0-9?~%/.\- ]+$")]
    private static partial Regex Numeric();
}
