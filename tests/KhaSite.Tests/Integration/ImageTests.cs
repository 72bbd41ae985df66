using KhaSite.Tests.Support;

namespace KhaSite.Tests.Integration;

/// <summary>Item 18: Markdown images are figures with their size, alt text and caption, published under media/ with a hash; every mistake is a diagnostic at the image.</summary>
public class ImageTests : IDisposable
{
    private readonly FixtureSite _site = new FixtureSite()
        .Article("history", "founding", "en", "Founding", "Text.");

    public void Dispose() => _site.Dispose();

    private void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_site.Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public async Task An_image_alone_in_its_paragraph_is_a_figure_with_size_alt_caption_and_a_hashed_file()
    {
        WriteBytes("media/Hall of Friendship.png", TestImages.Png(40, 30));
        _site.Write("media/bodies.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"><rect width="300" height="150" fill="#2a6f97"/></svg>""");
        _site.Article("history", "founding", "kk", "Құрылуы",
            "Мәтін.\n\n![Достық үйі](../../media/Hall%20of%20Friendship.png \"Достық үйі, 2024\")\n\n![Органдар](/media/bodies.svg)\n");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Html("kk/history/founding/index.html");
        var figures = page.QuerySelectorAll("main figure.figure");
        Assert.Equal(2, figures.Length);
        var img = figures[0].QuerySelector("img")!;
        Assert.Equal("Достық үйі", img.GetAttribute("alt"));
        Assert.Equal("40", img.GetAttribute("width"));
        Assert.Equal("30", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("Достық үйі, 2024", figures[0].QuerySelector("figcaption")!.TextContent);
        Assert.Matches("^\\.\\./\\.\\./\\.\\./media/hall-of-friendship-[0-9a-f]{12}\\.png$", img.GetAttribute("src"));
        Assert.True(File.ReadAllBytes(Path.Combine(_site.Output, "kk/history/founding", img.GetAttribute("src")!)).SequenceEqual(TestImages.Png(40, 30)));
        var svg = figures[1].QuerySelector("img")!;
        Assert.Equal(("300", "150"), (svg.GetAttribute("width"), svg.GetAttribute("height")));
        Assert.EndsWith(".svg", svg.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Null(figures[1].QuerySelector("figcaption"));
        Assert.Empty(page.QuerySelectorAll("main p img"));
    }

    /// <summary>Issue 18 item 18: a large raster image gets 480/960/1440 px copies in srcset, the same bytes every build.</summary>
    [Fact]
    public async Task Item_18_a_large_image_has_a_srcset_of_resized_copies_with_stable_bytes()
    {
        WriteBytes("media/steppe.png", TestImages.Png(1600, 900));
        WriteBytes("media/small.png", TestImages.Png(1200, 600));
        _site.Article("history", "founding", "kk", "Құрылуы", "Мәтін.\n\n![Дала](../../media/steppe.png)\n\n![Кішкене](../../media/small.png)\n");

        var result = await _site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var images = _site.Html("kk/history/founding/index.html").QuerySelectorAll("main figure img");
        var (large, small) = (images[0], images[1]);
        Assert.Equal(("1600", "900"), (large.GetAttribute("width"), large.GetAttribute("height")));
        var candidates = large.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')).ToArray();
        Assert.Equal(["480w", "960w", "1440w", "1600w"], candidates.Select(c => c[1]));
        Assert.Equal(large.GetAttribute("src"), candidates[^1][0]);
        Assert.False(string.IsNullOrEmpty(large.GetAttribute("sizes")));
        Assert.Null(small.GetAttribute("srcset"));
        Assert.Null(small.GetAttribute("sizes"));
        var folder = Path.Combine(_site.Output, "kk/history/founding");
        var first = candidates[..^1].Select(c => File.ReadAllBytes(Path.Combine(folder, c[0]))).ToArray();
        foreach (var (bytes, width) in first.Zip(new[] { 480, 960, 1440 }))
        {
            var header = KhaSite.Load.Images.ImageHeader.ReadRaster(bytes)!;
            Assert.Equal((KhaSite.Load.Images.ImageFormat.Png, width, (int)Math.Round(900.0 * width / 1600)), (header.Format, header.Width, header.Height));
        }

        Directory.Delete(_site.Output, recursive: true);
        Assert.True((await _site.BuildAsync()).Succeeded);
        Assert.Equal(first, candidates[..^1].Select(c => File.ReadAllBytes(Path.Combine(folder, c[0]))).ToArray());
    }

    [Fact]
    public async Task A_changed_image_gets_a_new_name()
    {
        WriteBytes("media/a.png", TestImages.Png(4, 4));
        _site.Article("history", "founding", "kk", "Құрылуы", "![Сурет](../../media/a.png)\n");
        await _site.BuildAsync();
        var first = _site.Html("kk/history/founding/index.html").QuerySelector("main img")!.GetAttribute("src");
        WriteBytes("media/a.png", TestImages.Png(5, 4));
        await _site.BuildAsync();
        var second = _site.Html("kk/history/founding/index.html").QuerySelector("main img")!.GetAttribute("src");
        Assert.NotEqual(first, second);
    }

    public static TheoryData<string, string, string, int, int> Mistakes => new()
    {
        // code, what the mistake is, the body (line 5 is its first line), line, column
        { "KHA0680", "no alt text", "![](../../media/ok.png)", 5, 1 },
        { "KHA0680", "blank alt text", "![  ](../../media/ok.png)", 5, 1 },
        { "KHA0681", "a missing file", "![A](../../media/none.png)", 5, 1 },
        { "KHA0682", "a path out of input/", "![A](../../../outside.png)", 5, 1 },
        { "KHA0682", "an encoded path out of input/", "![A](%2e%2e/%2e%2e/%2e%2e/outside.png)", 5, 1 },
        { "KHA0682", "an address", "![A](https://example.org/a.png)", 5, 1 },
        { "KHA0683", "a text file named .png", "![A](../../media/text.png)", 5, 1 },
        { "KHA0684", "a header claiming 100000 × 100000 pixels", "![A](../../media/bomb.png)", 5, 1 },
        { "KHA0684", "a file over 8 MiB", "![A](../../media/huge.png)", 5, 1 },
        { "KHA0685", "an SVG with a script", "![A](../../media/script.svg)", 5, 1 },
        { "KHA0686", "an image inside text", "See ![A](../../media/ok.png) here.", 5, 5 },
        { "KHA0014", "a symbolic link", "![A](../../media/link.png)", 5, 1 },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Each_image_mistake_is_reported_at_the_image_by_check(string code, string what, string body, int line, int column)
    {
        WriteBytes("media/ok.png", TestImages.Png(4, 4));
        WriteBytes("media/text.png", "just text, no image"u8.ToArray());
        WriteBytes("media/bomb.png", TestImages.PngHeader(100_000, 100_000));
        WriteBytes("media/huge.png", [.. TestImages.PngHeader(10, 10), .. new byte[8 * 1024 * 1024]]);
        _site.Write("media/script.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><script>alert(1)</script></svg>""");
        File.WriteAllText(Path.Combine(_site.Root, "outside.png"), "outside");
        File.CreateSymbolicLink(Path.Combine(_site.Input, "media/link.png"), "/etc/hostname");
        _site.Article("history", "founding", "kk", "Құрылуы", body);

        var result = await _site.BuildAsync(write: false);

        var found = result.Diagnostics.Where(d => d.Code.Id == code).ToArray();
        Assert.True(found.Length > 0, $"{what}: expected {code}, got\n{string.Join("\n", result.Diagnostics)}");
        Assert.Contains(found, d => d.Location.File.EndsWith("founding.kk.md", StringComparison.Ordinal) && (d.Location.Line, d.Location.Column) == (line, column));
        Assert.False(result.Succeeded);
    }
}
