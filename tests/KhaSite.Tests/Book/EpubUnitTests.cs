using System.IO.Compression;
using KhaSite.Render.Book;

namespace KhaSite.Tests.Book;

public class EpubUnitTests
{
    private static readonly (string, byte[])[] Files = [("OEBPS/a.xhtml", "<p>a</p>"u8.ToArray()), ("OEBPS/b.css", "p{}"u8.ToArray())];

    [Fact]
    public void The_zip_starts_with_the_stored_mimetype_and_is_the_same_bytes_for_the_same_files()
    {
        var stamp = new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.FromHours(5));
        var zip = EpubZip.Write(stamp, Files);
        Assert.Equal(zip, EpubZip.Write(stamp, Files));
        // The OCF's first bytes: a local header, stored (method 0), named "mimetype", then its content.
        Assert.Equal("PK\u0003\u0004"u8.ToArray(), zip[..4]);
        Assert.Equal(0, BitConverter.ToUInt16(zip, 8));
        Assert.Equal("mimetypeapplication/epub+zip", System.Text.Encoding.ASCII.GetString(zip, 30, 28));
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Equal(["mimetype", "OEBPS/a.xhtml", "OEBPS/b.css"], archive.Entries.Select(e => e.FullName));
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(2026, 12, 6, 18, 30, 0), e.LastWriteTime.DateTime));
        Assert.NotEqual(zip, EpubZip.Write(stamp.AddDays(1), Files));
    }

    [Fact]
    public void Css_escapes_leave_no_character_that_could_end_a_string_or_a_rule()
    {
        var css = PrintRunningHeads.String("a\"; } body { x: url(evil) } </style> Қ");
        Assert.Equal("\"a\\000022\\00003b \\00007d body \\00007b x\\00003a url\\000028evil\\000029 \\00007d \\00003c\\00002fstyle\\00003e \\00049a\"", css);
        Assert.Equal("\\000031x", PrintRunningHeads.Identifier("1x"));
    }
}

public class ChromiumPdfTests
{
    [Fact]
    public void The_pdf_dates_become_the_book_date_and_keep_their_length()
    {
        var pdf = System.Text.Encoding.Latin1.GetBytes("%PDF-1.4\n\u00e2\u00e3\n1 0 obj << /Producer (Skia/PDF m156) /CreationDate (D:20261207000542+06'00') /ModDate (D:20261207000542+06'00') >> endobj\n");
        var stamped = KhaSite.Render.Book.ChromiumPdf.Stamped(pdf, new DateTimeOffset(2026, 12, 6, 22, 22, 44, TimeSpan.Zero));
        Assert.Equal(pdf.Length, stamped.Length);
        var text = System.Text.Encoding.Latin1.GetString(stamped);
        Assert.Contains("/CreationDate (D:20261206222244+00'00')", text, StringComparison.Ordinal);
        Assert.Contains("/ModDate (D:20261206222244+00'00')", text, StringComparison.Ordinal);
        Assert.Contains("\u00e2\u00e3", text, StringComparison.Ordinal);
    }
}
