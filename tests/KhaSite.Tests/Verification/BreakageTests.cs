using KhaSite.Tests.Support;
using Microsoft.Playwright;

namespace KhaSite.Tests.Verification;

/// <summary>
/// The checks must catch what they are for. Each test copies the built fixture site, breaks one thing on purpose
/// in the copy (an image without alt, a broken link or anchor, invalid nesting, a 404 page without its base) and
/// asserts that the matching checker reports it, naming the page and the element.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class BreakageTests(VerificationFixture fixture) : IDisposable
{
    private const string Page = "kk/history/founding/index.html";
    private HashSet<string> _baseline = [];
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "khasite-tests", "broken-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_copy, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Link_checker_names_the_page_and_element_of_a_broken_link()
    {
        var site = await CopyAsync();
        Inject(Page, """<p><a href="../no-such-article/">Жоқ мақала</a></p>""");
        var problem = Assert.Single(NewLinkProblems(site));
        Assert.Equal(Page, problem.Page);
        Assert.Contains("""<a href="../no-such-article/">""", problem.Element, StringComparison.Ordinal);
        Assert.Contains("kk/history/no-such-article/index.html", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(Page, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_checker_finds_a_percent_encoded_kazakh_anchor_that_is_not_on_the_target_page()
    {
        var site = await CopyAsync();
        Inject(Page, $"""<p><a href="../../law/law-2008/#{Uri.EscapeDataString("жоқ-бөлім")}">заң</a></p>""");
        var problem = Assert.Single(NewLinkProblems(site));
        Assert.Equal(Page, problem.Page);
        Assert.Contains("kk/law/law-2008/index.html", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("'жоқ-бөлім'", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_checker_reports_a_missing_image_and_a_root_relative_link_that_leaves_the_base_path()
    {
        var site = await CopyAsync();
        Inject(Page, """<p><img src="../../../assets/missing.png" alt="сурет"> <a href="/kk/">басты бет</a></p>""");
        var problems = NewLinkProblems(site);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Page == Page && p.Element.StartsWith("<img", StringComparison.Ordinal) && p.Reason.Contains("assets/missing.png", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Page == Page && p.Element.Contains("href=\"/kk/\"", StringComparison.Ordinal) && p.Reason.Contains("outside the site's base path", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Link_checker_resolves_the_404_page_from_a_deep_address_so_it_needs_its_base()
    {
        var site = await CopyAsync();
        var path = Path.Combine(_copy, "404.html");
        var html = File.ReadAllText(path);
        Assert.Contains("<base href=", html, StringComparison.Ordinal);
        File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(html, "<base\\b[^>]*>", ""));
        var problems = NewLinkProblems(site);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal("404.html", p.Page));
        Assert.Contains(problems, p => p.Element.StartsWith("<link rel=\"stylesheet\"", StringComparison.Ordinal));
    }

    [VerifyFact(Needs.Validator)]
    public async Task Validator_names_the_file_line_and_error_of_invalid_nesting_and_an_image_without_alt()
    {
        await CopyAsync();
        const string other = "en/history/founding/index.html";
        Inject(Page, "<p>Мәтін <div>блок</div> мәтін</p>");
        Inject(other, """<p><img src="../../../assets/site.css"></p>""");
        var errors = await NuValidator.ValidateAsync(_copy, [Path.Combine(_copy, Page), Path.Combine(_copy, other)]);
        Assert.Contains(errors, e => e.File == Page && e.Line > 1 && e.Message.Contains("p", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == other && e.Message.Contains("alt", StringComparison.Ordinal));
        var message = NuValidator.Format(errors);
        Assert.Contains(Page + "(", message, StringComparison.Ordinal);
        Assert.Contains(other + "(", message, StringComparison.Ordinal);
    }

    [VerifyFact(Needs.Accessibility)]
    public async Task Axe_names_the_page_rule_and_element_of_an_image_without_alt()
    {
        var site = await CopyAsync();
        Inject(Page, """<p><img id="no-alt" src="../../../assets/site.css"></p>""");
        await using var broken = await BuiltSite.OpenAsync("broken", _copy, site.SiteUrl);
        var browser = await fixture.BrowserAsync();
        await using var context = await browser.NewContextAsync();
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(broken.Url("kk/history/founding/"));
        var violations = await AxeChecker.RunAsync(tab);
        var violation = Assert.Single(violations, v => v.Rule == "image-alt");
        Assert.Equal("critical", violation.Impact);
        Assert.Equal("#no-alt", violation.Target);
        Assert.Contains("<img id=\"no-alt\"", violation.Html, StringComparison.Ordinal);
        Assert.EndsWith("/khasite/kk/history/founding/", violation.PageUrl, StringComparison.Ordinal);
        var message = AxeChecker.Format(violations);
        Assert.Contains("image-alt", message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", message, StringComparison.Ordinal);
        Assert.Contains("/kk/history/founding/", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_report_is_read_into_file_line_and_message()
    {
        var root = Path.Combine(Path.GetTempPath(), "site");
        var json = $$"""
            {"messages":[
              {"type":"error","url":"file:{{root}}/kk/index.html","lastLine":12,"firstColumn":3,"lastColumn":9,"message":"No “p” element in scope but a “p” end tag seen.","extract":"</div></p>\n"},
              {"type":"info","url":"file:{{root}}/en/index.html","message":"ignored"}
            ]}
            """;
        var error = Assert.Single(NuValidator.Parse(json, root));
        Assert.Equal(new ValidatorError("kk/index.html", 12, 3, "No “p” element in scope but a “p” end tag seen.", "</div></p>↩"), error);
    }

    private async Task<BuiltSite> CopyAsync()
    {
        var site = await fixture.FixtureSiteAsync();
        foreach (var file in Directory.EnumerateFiles(site.OutputDir, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(site.OutputDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        // Whatever the clean copy already has (an open site issue) is not what these tests break.
        _baseline = new LinkChecker(_copy, site.SiteUrl).Check().Select(p => p.ToString()).ToHashSet();
        return site;
    }

    /// <summary>The link checker's problems with the copy that the clean copy did not have.</summary>
    private List<LinkProblem> NewLinkProblems(BuiltSite site) =>
        new LinkChecker(_copy, site.SiteUrl).Check().Where(p => !_baseline.Contains(p.ToString())).ToList();

    /// <summary>Puts a piece of HTML at the end of the page's main content.</summary>
    private void Inject(string page, string html)
    {
        var path = Path.Combine(_copy, page);
        var text = File.ReadAllText(path);
        var at = text.LastIndexOf("</main>", StringComparison.Ordinal);
        Assert.True(at > 0, $"{page} has no </main>");
        File.WriteAllText(path, text[..at] + html + "\n" + text[at..]);
    }
}
