using KhaSite.Diagnostics;

namespace KhaSite.Load;

/// <summary>
/// One Markdown article as read from <c>input/articles/&lt;section&gt;/&lt;slug&gt;.&lt;lang&gt;.md</c>.
/// <see cref="BodyFirstLine"/> is the file line on which the Markdown body begins, so positions inside the
/// body can be reported as positions in the file. <see cref="Body"/> is read when a stage needs it, not held
/// (<see cref="ArticleBody"/>).
/// </summary>
public sealed record ArticleFile(
    string FullPath,
    string DisplayPath,
    string Section,
    string Slug,
    string Lang,
    FrontMatter FrontMatter,
    ArticleBody Body,
    int BodyFirstLine,
    string BodyHash)
{
    public string Key => $"{Section}/{Slug}";

    public SourceLocation Start => SourceLocation.StartOf(DisplayPath);
}
