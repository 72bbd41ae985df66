using KhaSite.Diagnostics;

namespace KhaSite.Load.Script;

/// <summary>
/// Makes the input of each script edition (<c>from: kk</c>, <c>script: Latn</c>) from its source language's, the
/// way Kazakh Wikipedia's converter serves one text in two scripts: every article, every text of site.yml and the
/// data files, the UI strings and the language's own words (month names, date patterns) converted. Done as the
/// last step of Load, so the Model and every later stage see the edition as one more language.
/// </summary>
public static class ScriptEdition
{
    public static LoadedInput Derive(LoadedInput input, IReadOnlyList<LatinException> exceptions, DiagnosticBag diagnostics)
    {
        var russianTitles = RussianTitles(input.Sources);
        var converter = LatinExceptionsLoader.Converter(exceptions, russianTitles);
        var conversion = ConversionKey(exceptions, russianTitles);
        var config = input.Config;
        var articles = input.Articles.ToList();
        var strings = input.Strings.ToDictionary();
        var settings = config.LanguageSettings?.ToList() ?? [];
        foreach (var edition in settings.Where(l => l.From is not null).ToArray())
        {
            var (to, from) = (edition.Code, edition.From!);
            string C(string text) => converter.ToLatin(text);
            LocalizedText L(LocalizedText text) => text.Has(from) ? text.With(to, C(text[from])) : text;
            LocalizedText? N(LocalizedText? text) => text is null ? null : L(text);

            settings[settings.IndexOf(edition)] = edition with
            {
                Dates = new DateFormat(C(edition.Dates.Day), C(edition.Dates.Month), edition.Dates.MonthNames.Select(C).ToArray()),
            };
            config = config with
            {
                Title = L(config.Title),
                Description = L(config.Description),
                Sections = config.Sections.Select(s => s with { Title = L(s.Title), Description = L(s.Description) }).ToArray(),
                LanguageSettings = settings.ToArray(),
            };
            articles.AddRange(input.Articles.Where(a => a.Lang == from).Select(a => Article(a, to, C, conversion)));
            strings[to] = Strings(strings.GetValueOrDefault(from), to, input.ThemeDir, C, diagnostics);
            input = input with
            {
                Tags = input.Tags.Select(t => t with { Label = L(t.Label) }).ToArray(),
                Categories = input.Categories.Select(t => t with { Label = L(t.Label) }).ToArray(),
                Timeline = input.Timeline.Select(t => t with { Title = N(t.Title), Text = N(t.Text) }).ToArray(),
                Datasets = input.Datasets.Select(d => d with
                {
                    Title = N(d.Title),
                    Description = N(d.Description),
                    Discrepancy = N(d.Discrepancy),
                    Rows = d.Rows.Select(r => r with { Label = N(r.Label), Note = N(r.Note) }).ToArray(),
                }).ToArray(),
                Glossary = input.Glossary.Select(g => g with
                {
                    Term = N(g.Term),
                    Definition = N(g.Definition),
                    Variants = g.Variants?.GetValueOrDefault(from) is { } forms
                        ? new Dictionary<string, IReadOnlyList<string>>(g.Variants, StringComparer.Ordinal) { [to] = forms.Select(C).ToArray() }
                        : g.Variants,
                }).ToArray(),
                Facts = input.Facts.Select(f => f with { Label = N(f.Label) }).ToArray(),
            };
        }
        return input with { Config = config, Articles = articles, Strings = strings, LatinExceptions = exceptions };
    }

    /// <summary>The titles of the sources written in Russian: quoted in the Kazakh text, they stay as published.</summary>
    public static IReadOnlyList<string> RussianTitles(IEnumerable<SourceRecord> sources) =>
        sources.Where(s => s["language"] == "ru").Select(s => s.Title).Where(t => t.Any(KazakhLatin.IsCyrillicLetter))
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToArray();

    /// <summary>What the converter's output depends on besides its own code (which the caches' generator version
    /// covers): the exceptions and the titles kept in Cyrillic. With the source file's hash, it fixes a converted body.</summary>
    /// <remarks>Each list and text is written with its length, so that no two different inputs write the same bytes
    /// (a title may hold a line break).</remarks>
    private static byte[] ConversionKey(IReadOnlyList<LatinException> exceptions, IReadOnlyList<string> keep)
    {
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(exceptions.Count);
            foreach (var exception in exceptions)
            {
                writer.Write(exception.Word.Value);
                writer.Write(exception.Latin.Value);
            }
            writer.Write(keep.Count);
            foreach (var title in keep) writer.Write(title);
        }
        return System.Security.Cryptography.SHA256.HashData(content.ToArray());
    }

    /// <summary>The article in the edition: its prose and text fields converted; ids, links and code as written.</summary>
    private static ArticleFile Article(ArticleFile file, string lang, Func<string, string> convert, byte[] conversion)
    {
        Located<string>? Text(Located<string>? text) => text is null ? null : text.Value with { Value = convert(text.Value.Value) };
        var front = file.FrontMatter;
        return file with
        {
            Lang = lang,
            Body = file.Body.Converted(body => MarkdownScript.Convert(body, convert), conversion),
            FrontMatter = front with
            {
                Title = Text(front.Title),
                Summary = Text(front.Summary),
                Infobox = front.Infobox.Select(e => e with { Value = Text(e.Value)!.Value }).ToArray(),
            },
        };
    }

    /// <summary>The source language's UI strings converted, under those of <c>theme/i18n/&lt;edition&gt;.yml</c> when the theme has one.</summary>
    private static UiStrings Strings(UiStrings? source, string lang, string themeDir, Func<string, string> convert, DiagnosticBag diagnostics)
    {
        var texts = source?.Texts.ToDictionary(t => t.Key, t => convert(t.Value), StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var locations = source?.Locations.ToDictionary(StringComparer.Ordinal) ?? new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var path = Path.Combine(themeDir, "i18n", lang + ".yml");
        if (File.Exists(path) || InputFile.IsLink(path))
        {
            var overrides = UiStringsLoader.Load(path, lang, diagnostics);
            foreach (var (key, text) in overrides.Texts)
            {
                texts[key] = text;
                locations[key] = overrides.Locations[key];
            }
        }
        return new UiStrings(lang, texts, locations);
    }
}
