using System.Text;
using KhaSite.Diagnostics;
using KhaSite.Load.Images;
using KhaSite.Model;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Unit;

/// <summary>Item 18: an image's format and size come from its first bytes; paths stay inside input/.</summary>
public class ImageHeaderTests
{
    [Fact]
    public void Reads_the_size_of_each_raster_format_from_its_header()
    {
        Assert.Equal(new ImageHeader(ImageFormat.Png, 640, 480), ImageHeader.ReadRaster(TestImages.Png(640, 480)));
        Assert.Equal(new ImageHeader(ImageFormat.Jpeg, 1024, 768), ImageHeader.ReadRaster(TestImages.JpegHeader(1024, 768)));
        Assert.Equal(new ImageHeader(ImageFormat.Gif, 300, 200), ImageHeader.ReadRaster(TestImages.GifHeader(300, 200)));
        Assert.Equal(new ImageHeader(ImageFormat.Webp, 1200, 900), ImageHeader.ReadRaster(TestImages.WebpLosslessHeader(1200, 900)));
    }

    [Fact]
    public void Refuses_what_is_no_image_or_is_cut_short()
    {
        Assert.Null(ImageHeader.ReadRaster("not an image at all, just text"u8));
        Assert.Null(ImageHeader.ReadRaster(TestImages.Png(4, 4).AsSpan(0, 20)));
        Assert.Null(ImageHeader.ReadRaster(TestImages.JpegHeader(10, 10).AsSpan(0, 24)));
        Assert.Null(ImageHeader.ReadRaster(TestImages.PngHeader(0, 10)));
        Assert.Null(ImageHeader.ReadRaster(TestImages.PngHeader(uint.MaxValue, 10)));
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"/>""", 120, 80)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="120px" height="80px"/>""", 120, 80)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"/>""", 300, 150)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="600" viewBox="0 0 300 150"/>""", 600, 300)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="50%" viewBox="0 0 300 150"><a href="#x"><rect fill="url(#g)"/></a></svg>""", 300, 150)]
    public void Reads_an_svg_size_from_its_root(string svg, int width, int height)
    {
        Assert.Equal(new ImageHeader(ImageFormat.Svg, width, height), SvgImage.Read(Encoding.UTF8.GetBytes(svg), out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script></svg>""", "'script' element")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" onload="alert(1)"/>""", "event handler")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><foreignObject/></svg>""", "'foreignObject' element")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink" viewBox="0 0 1 1"><image x:href="https://evil.example/t.png"/></svg>""", "outside the image")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><style>@import url(https://evil.example/a.css);</style></svg>""", "style sheet")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect style="fill:url(https://evil.example/p)"/></svg>""", "loads another file")]
    [InlineData("""<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">&b;</svg>""", "XML it cannot read")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"/>""", "no size")]
    [InlineData("""<html><body/></html>""", "no svg root")]
    public void Refuses_an_svg_that_runs_code_loads_files_or_has_no_size(string svg, string why)
    {
        Assert.Null(SvgImage.Read(Encoding.UTF8.GetBytes(svg), out var problem));
        Assert.Contains(why, DiagnosticCatalog.Render(DiagnosticCode.UnsafeSvg, problem!, DiagnosticLanguage.English), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../media/a.png", "articles/history/a.kk.md", "media/a.png")]
    [InlineData("b.png", "articles/history/a.kk.md", "articles/history/b.png")]
    [InlineData("/media/a%20b.png", "articles/history/a.kk.md", "media/a b.png")]
    public void Resolves_paths_relative_to_the_article_or_from_input(string url, string article, string expected)
    {
        var input = Path.Combine(Path.GetTempPath(), "khasite-paths", "input");
        var path = ImageResolver.FullPath(url, Path.Combine(input, article), input, out var why);
        Assert.Null(why);
        Assert.Equal(Path.Combine(input, expected), path);
    }

    [Theory]
    [InlineData("../../../secret.png")]
    [InlineData("../../../input-other/a.png")]
    [InlineData("%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/../../etc/passwd")]
    [InlineData("https://example.org/a.png")]
    [InlineData("//example.org/a.png")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("jav&#x61;script:alert(1)")]
    [InlineData("a.png?x=1")]
    [InlineData("..\\..\\..\\a.png")]
    [InlineData("a%00.png")]
    [InlineData("")]
    public void Refuses_paths_that_leave_input_or_are_addresses(string url)
    {
        var input = Path.Combine(Path.GetTempPath(), "khasite-paths", "input");
        Assert.Null(ImageResolver.FullPath(url, Path.Combine(input, "articles/history/a.kk.md"), input, out var why));
        Assert.NotNull(why);
    }
}
