using System.Text;
using KhaSite.Model;
using KhaSite.Model.Citations;
using KhaSite.Render.Citations;
using KhaSite.Render.Data;
using Markdig.Syntax;

namespace KhaSite.Render.Search;

/// <summary>Everything search finds in one language, read from the model: articles, sources, datasets, timeline events and glossary terms.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> In(SiteModel model, string lang)
    {
        var t = model.Strings(lang);
        var language = model.Language(lang);
        var documents = new List<SearchDocument>();
        foreach (var version in model.AllVersions.Where(v => v.Lang == lang && !v.DescribesSource))
        {
            var (headings, text) = Prose(version.Document, f => FigureText.Plain(f, model, lang));
            var section = model.SectionOf(version.Article);
            documents.Add(new SearchDocument(version.Path, SearchKind.Article, section.Id, section.Config.Title[lang], version.TitleText(model),
                version.Aliases, headings, Join(version.SummaryText(model), text)));
        }
        foreach (var source in model.Bibliography.Entries.Values)
        {
            var description = source.Descriptions.GetValueOrDefault(lang);
            var (headings, text) = description is null ? ([], "") : Prose(description.Document);
            var note = language.Field(source.Record, "note") is { } written ? Model.LanguageSpans.LanguageSpanText.Plain(written) : null;
            // A source is also known by its authors and by the title of its description.
            var authors = source.Record.NamesOf("author").Select(n => n.Literal ?? n.Family).Where(n => n.Length > 0);
            string[] names = description is null ? [.. authors] : [.. authors, description.TitleText(model), .. description.Aliases];
            documents.Add(new SearchDocument(source.Path(lang), SearchKind.Source, SourceEntry.Section, t["bibliography.title"],
                ReferenceFormatter.DisplayTitle(source.Record, language), names, headings,
                Join(ReferenceFormatter.PlainText(source.Record, language), description?.SummaryText(model) ?? "", text, note ?? "")));
        }
        foreach (var dataset in model.Datasets.Values)
        {
            var record = dataset.Record;
            var rows = record.Rows.Select(r => FigureText.Substitute(r.Label, model, lang) ?? "").Where(l => l.Length > 0);
            documents.Add(new SearchDocument(dataset.Path(lang), SearchKind.Dataset, "statistics", t["statistics.title"], FigureText.Substitute(record.Title, model, lang) ?? dataset.Id,
                [], [], Join(FigureText.Substitute(record.Description, model, lang) ?? "", string.Join("; ", rows), FigureText.Substitute(record.Discrepancy, model, lang) ?? "")));
        }
        foreach (var e in model.Timeline.Events.Where(e => e.Date is not null))
            documents.Add(new SearchDocument(SitePaths.TimelineEvent(lang, e.Id), SearchKind.Event, "timeline", t["timeline.title"],
                e.TitleText(model, lang), [], [], Join(DateText.Format(e.Date!.Value, language), e.TextText(model, lang))));
        foreach (var term in model.Glossary.Terms)
            documents.Add(new SearchDocument(SitePaths.GlossaryTerm(lang, term.Id), SearchKind.Term, "glossary", t["glossary.title"],
                term.Record.Term?[lang] ?? term.Id, [], [], term.DefinitionText(model, lang)));
        return documents.Where(d => d.Title.Length > 0).ToArray();
    }

    /// <summary>The headings and the prose of a Markdown document: paragraphs, lists, quotes and table cells, one block a line; embeds left out.</summary>
    /// <param name="figure">the text of a figure reference <c>[#id]</c></param>
    public static (IReadOnlyList<string> Headings, string Text) Prose(MarkdownDocument document, Func<Model.Facts.FactInline, string>? figure = null)
    {
        var headings = new List<string>();
        var text = new StringBuilder();
        void Walk(Block block)
        {
            switch (block)
            {
                case HeadingBlock heading: headings.Add(InlineText.Of(heading.Inline, figure)); break;
                case CodeBlock: break;
                case LeafBlock leaf when leaf.Inline is not null:
                    var line = InlineText.Of(leaf.Inline, figure);
                    if (line.Length > 0) text.Append(line).Append('\n');
                    break;
                case ContainerBlock container:
                    foreach (var child in container) Walk(child);
                    break;
            }
        }
        Walk(document);
        return (headings, text.ToString().TrimEnd());
    }

    private static string Join(params string[] parts) => string.Join("\n", parts.Where(p => p.Length > 0));
}
