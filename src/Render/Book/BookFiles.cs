using System.Globalization;
using KhaSite.Model;
using KhaSite.Render.Pages;
using KhaSite.Write;

namespace KhaSite.Render.Book;

/// <summary>
/// The books of a render, one per language of the site: made before the pages, so that the home and section pages
/// can offer them with their size and date.
/// </summary>
public sealed class BookFiles
{
    private readonly SiteModel _model;
    private readonly Dictionary<string, (BookView View, byte[] Epub)> _books;

    private BookFiles(SiteModel model, Dictionary<string, (BookView, byte[])> books)
    {
        _model = model;
        _books = books;
    }

    /// <summary>The stylesheet of the EPUB, from the theme (<c>book/epub.css</c>); none when the theme has none.</summary>
    public static string? Stylesheet(SiteModel model)
    {
        var path = Path.Combine(model.Input.ThemeDir, "book", "epub.css");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public static async Task<BookFiles> BuildAsync(PageViews views, FrameBuilder frames)
    {
        var model = views.Model;
        var builder = new BookViewBuilder(views, frames);
        var css = Stylesheet(model);
        var books = await Task.WhenAll(model.Languages.Select(lang => Task.Run(async () =>
        {
            var view = builder.Build(lang, []);
            return (lang, view, epub: await EpubBook.BuildAsync(view, model, lang, css));
        })));
        return new BookFiles(model, books.ToDictionary(b => b.lang, b => (b.view, b.epub), StringComparer.Ordinal));
    }

    /// <summary>The print page's view: the book with its downloads.</summary>
    public BookView View(string lang) => _books[lang].View with { Downloads = Downloads(lang, SitePaths.Book(lang)).Skip(1).ToArray() };

    /// <summary>The all-in-one page and the book's files, with their size and date, as links from <paramref name="from"/>.</summary>
    public IReadOnlyList<Download> Downloads(string lang, string from)
    {
        var t = _model.Strings(lang);
        var built = _model.Input.Dates.BuildTime.ToUniversalTime();
        var date = DateText.Format(new PartialDate(built.Year, built.Month, built.Day), _model.Language(lang));
        return
        [
            new Download(t["book.print_page"], SitePaths.Relative(from, SitePaths.Book(lang))),
            new Download(t.Format("book.epub", Size(_books[lang].Epub.Length, lang), date), SitePaths.Relative(from, SitePaths.BookFile(lang, ".epub"))),
        ];
    }

    public IEnumerable<OutputFile> Files() =>
        _books.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => new OutputFile(SitePaths.BookFile(b.Key, ".epub"), b.Value.Epub));

    /// <summary>"840 KB", "1.2 MB" in the language's own number format.</summary>
    private string Size(long bytes, string lang)
    {
        var t = _model.Strings(lang);
        var culture = _model.Culture(lang);
        return bytes < 1024 * 1024
            ? t.Format("book.kb", Math.Max(1, (bytes + 512) / 1024).ToString(culture))
            : t.Format("book.mb", (bytes / (1024.0 * 1024.0)).ToString("0.0", culture));
    }
}
