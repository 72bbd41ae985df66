using System.Globalization;
using AngleSharp;
using KhaSite.Model;
using KhaSite.Render.Book;
using KhaSite.Theme.Components;

namespace KhaSite.Render.Pages;

/// <summary>
/// The book of each language: the all-in-one page (<c>kk/book/</c>) and its EPUB, when the render makes books. The
/// page's chapters come drawn and rewritten into one page already (<see cref="BookChapterMarkup"/>); the page around
/// them is drawn with an empty slot for each, and the slots give way to the chapters as the page is written.
/// </summary>
public sealed class BookFamily : IPageFamily
{
    public IEnumerable<PageJob> Pages(PageViews views) =>
        views.Books is not { } books ? []
            : views.Model.Languages.Select(lang => new PageJob(SitePaths.FileFor(SitePaths.Book(lang)), () => books.View(lang),
                (view, writer) => DrawAsync((BookView)view, views.Model, lang, books.Drawn(lang), writer)));

    /// <summary>The book page's HTML: the theme's, with its chapters (<paramref name="drawn"/>, by chapter id) and its running heads.</summary>
    public static async Task DrawAsync(BookView view, SiteModel model, string lang, IReadOnlyDictionary<string, BookChapterMarkup> drawn, TextWriter writer)
    {
        var html = new StringWriter();
        await RazorHost.RenderAsync<BookPage>(new Dictionary<string, object?> { ["Model"] = view, ["Apart"] = true }, html);
        var document = BookMarkup.Parse(html.ToString());
        var chapters = view.Chapters.ToArray();
        var slots = document.QuerySelectorAll("template[data-book-slot]").ToArray();
        if (slots.Length != chapters.Length) throw new InvalidOperationException($"the book page has {slots.Length} slots for {chapters.Length} chapters");
        // A comment of the frame's own making marks each slot: content reaches the frame only as encoded text.
        var marks = slots.Select((slot, i) =>
        {
            var mark = document.CreateComment(string.Create(CultureInfo.InvariantCulture, $"khasite-book-chapter {i}"));
            slot.Replace(mark);
            return mark.ToHtml(AngleSharp.Html.HtmlMarkupFormatter.Instance);
        }).ToArray();
        var heads = document.CreateElement("style");
        heads.TextContent = PrintRunningHeads.Css(view, model.Config.Title[lang]);
        document.Head!.AppendChild(heads);
        var page = document.DocumentElement.OuterHtml;
        var at = 0;
        for (var i = 0; i < chapters.Length; i++)
        {
            var mark = page.IndexOf(marks[i], at, StringComparison.Ordinal);
            writer.Write(page.AsSpan(at, mark - at));
            writer.Write(drawn[chapters[i].Id].PageHtml);
            at = mark + marks[i].Length;
        }
        writer.Write(page.AsSpan(at));
    }
}
