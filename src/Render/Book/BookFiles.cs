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
    private readonly Dictionary<string, (BookView View, byte[] Epub, IReadOnlyDictionary<string, BookChapterMarkup> Drawn)> _books;
    private readonly Dictionary<string, byte[]> _pdfs = new(StringComparer.Ordinal);

    private BookFiles(SiteModel model, Dictionary<string, (BookView, byte[], IReadOnlyDictionary<string, BookChapterMarkup>)> books)
    {
        _model = model;
        _books = books;
    }

    /// <summary>What the build says about the books (a PDF that could not be made).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The stylesheet of the EPUB, from the theme (<c>book/epub.css</c>); none when the theme has none.</summary>
    public static string? Stylesheet(SiteModel model)
    {
        var path = Path.Combine(model.Input.ThemeDir, "book", "epub.css");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <param name="pdf">also print each book page to PDF with Chromium (skipped with a note when there is none)</param>
    public static async Task<BookFiles> BuildAsync(PageViews views, FrameBuilder frames, bool pdf = false)
    {
        var model = views.Model;
        var builder = new BookViewBuilder(views, frames);
        var css = Stylesheet(model);
        var books = await Task.WhenAll(model.Languages.Select(async lang =>
        {
            var view = builder.Build(lang, []);
            var places = view.Places();
            // Each chapter is drawn once, for the page and the EPUB both, on every core.
            var drawn = await Task.WhenAll(view.Chapters.Select(chapter => Task.Run(async () => (chapter.Id, Markup: await BookChapterMarkup.DrawAsync(chapter, model, lang, places)))));
            var byId = drawn.ToDictionary(d => d.Id, d => d.Markup, StringComparer.Ordinal);
            return (lang, view, epub: EpubBook.Build(view, model, lang, css, byId), drawn: (IReadOnlyDictionary<string, BookChapterMarkup>)byId);
        }));
        var files = new BookFiles(model, books.ToDictionary(b => b.lang, b => (b.view, b.epub, b.drawn), StringComparer.Ordinal));
        if (pdf) await files.PrintAsync();
        return files;
    }

    /// <summary>Each language's book page, with the theme's assets, in a folder of its own, printed by Chromium.</summary>
    private async Task PrintAsync()
    {
        if (ChromiumPdf.Path is not { } chromium)
        {
            Notes.Add("the PDF books were not made: Chromium is not installed (apt-get install chromium, or set KHASITE_CHROMIUM)");
            return;
        }
        var folder = Path.Combine(Path.GetTempPath(), "khasite-pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in ThemeAssets.Read(_model.Input.ThemeDir)) Save(folder, file.Path, file.Content);
            foreach (var lang in _model.Languages)
            {
                var html = new StringWriter();
                html.Write("<!DOCTYPE html>\n");
                await BookFamily.DrawAsync(View(lang), _model, lang, Drawn(lang), html);
                Save(folder, SitePaths.FileFor(SitePaths.Book(lang)), System.Text.Encoding.UTF8.GetBytes(html.ToString()));
                _pdfs[lang] = await ChromiumPdf.PrintAsync(chromium, folder, SitePaths.FileFor(SitePaths.Book(lang)), _model.Input.Dates.BuildTime);
            }
        }
        catch (InvalidOperationException e)
        {
            Notes.Add("the PDF books were not made: " + e.Message);
            _pdfs.Clear();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Save(string folder, string sitePath, byte[] content)
    {
        var full = Write.StagingFolder.Inside(folder, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    /// <summary>The print page's view: the book with its downloads.</summary>
    public BookView View(string lang) => _books[lang].View with { Downloads = Downloads(lang, SitePaths.Book(lang)).Skip(1).ToArray() };

    /// <summary>The chapters of a language's book as drawn for its page and its EPUB, by chapter id.</summary>
    public IReadOnlyDictionary<string, BookChapterMarkup> Drawn(string lang) => _books[lang].Drawn;

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
            .. _pdfs.TryGetValue(lang, out var pdf)
                ? new[] { new Download(t.Format("book.pdf", Size(pdf.Length, lang), date), SitePaths.Relative(from, SitePaths.BookFile(lang, ".pdf"))) }
                : [],
        ];
    }

    public IEnumerable<OutputFile> Files() =>
        _books.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => new OutputFile(SitePaths.BookFile(b.Key, ".epub"), b.Value.Epub))
            .Concat(_pdfs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new OutputFile(SitePaths.BookFile(p.Key, ".pdf"), p.Value)));

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
