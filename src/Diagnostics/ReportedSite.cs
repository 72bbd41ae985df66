namespace KhaSite.Diagnostics;

/// <summary>What printing a build's diagnostics needs of the site (from site.yml): the language <c>--lang site</c>
/// stands for, and where the docs are published for the links of GitHub annotations.</summary>
public sealed record ReportedSite(string DefaultLanguage, string? Repository, string Branch);
