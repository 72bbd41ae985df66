using KhaSite.Load.Images;

namespace KhaSite.Model;

/// <summary>An image of an article body: its file, its alt text and caption, and the site path it is published at.</summary>
public sealed record ArticleImage(ImageFile File, string Alt, string? Caption, string SitePath);
