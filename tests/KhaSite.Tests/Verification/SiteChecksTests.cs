using KhaSite.Tests.Support;

namespace KhaSite.Tests.Verification;

/// <summary>
/// Whole-site checks of the built output: every internal link and fragment resolves (<see cref="LinkChecker"/>),
/// and every page passes the W3C Nu validator in one call (<see cref="NuValidator"/>). Run on the verification
/// fixture site and on the real encyclopedia in <c>input/</c>.
/// </summary>
[Collection(VerificationCollection.Name)]
public sealed class SiteChecksTests(VerificationFixture fixture)
{
    [Fact]
    public async Task Fixture_site_every_internal_link_and_fragment_resolves()
    {
        var site = await fixture.FixtureSiteAsync();
        var checker = new LinkChecker(site.OutputDir, site.SiteUrl);
        var problems = checker.Check();
        KnownSiteIssues.AssertNoOther($"Link checker, {site.Name} site", problems.Select(p => p.ToString()));
        // The checker really followed the site's links, Kazakh anchors and the 404 page's <base> among them.
        Assert.True(checker.LinksChecked > 100, $"only {checker.LinksChecked} links were checked");
        Assert.Contains("law-2008/#%D0%B7%D0%B0%D2%A3", File.ReadAllText(Path.Combine(site.OutputDir, "kk/history/founding/index.html")), StringComparison.Ordinal);
    }

    [VerifyFact(Needs.Validator)]
    public async Task Fixture_site_every_page_is_valid_html()
    {
        var site = await fixture.FixtureSiteAsync();
        var errors = await NuValidator.ValidateAsync(site.OutputDir, site.HtmlFiles);
        var findings = errors.Select(e => e.ToString()).ToList();
        KnownSiteIssues.AssertNoOther($"W3C Nu validator, {site.Name} site ({site.Pages.Count} pages)", findings);
    }

    [VerifyFact(Needs.RealSite)]
    public async Task Real_site_every_internal_link_and_fragment_resolves()
    {
        var site = await fixture.RealSiteAsync();
        var checker = new LinkChecker(site.OutputDir, site.SiteUrl);
        var problems = checker.Check();
        KnownSiteIssues.AssertNoOther($"Link checker, {site.Name} site", problems.Select(p => p.ToString()));
    }

    [VerifyFact(Needs.Validator | Needs.RealSite)]
    public async Task Real_site_every_page_is_valid_html()
    {
        var site = await fixture.RealSiteAsync();
        var errors = await NuValidator.ValidateAsync(site.OutputDir, site.HtmlFiles);
        KnownSiteIssues.AssertNoOther($"W3C Nu validator, {site.Name} site ({site.Pages.Count} pages)", errors.Select(e => e.ToString()));
    }
}
