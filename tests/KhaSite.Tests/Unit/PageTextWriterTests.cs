using System.Text;
using KhaSite.Render;

namespace KhaSite.Tests.Unit;

/// <summary>A page is encoded in slices (no buffer of the page's size is kept): its bytes must be the page's UTF-8.</summary>
public class PageTextWriterTests
{
    [Theory]
    [InlineData(16 * 1024 - 1)] // a surrogate pair across the first slice's end
    [InlineData(16 * 1024)]
    [InlineData(3 * 16 * 1024 - 1)]
    public void A_long_page_is_written_as_its_utf8(int pairAt)
    {
        var page = new StringBuilder().Append('ә', pairAt).Append("😀").Append("Қазақстан ", 0, 10);
        while (page.Length < 4 * 16 * 1024 + 7) page.Append("Ассамблея 😀 ");
        var writer = new PageTextWriter();
        using var stream = new MemoryStream();
        for (var round = 0; round < 2; round++)
        {
            stream.SetLength(0);
            writer.Write(page.ToString());
            writer.WriteTo(stream);
            Assert.Equal(Encoding.UTF8.GetBytes(page.ToString()), stream.ToArray());
        }
    }
}
