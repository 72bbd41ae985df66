using KhaSite.Load;

namespace KhaSite.Tests.Unit;

/// <summary>
/// The commit a repository is at, read from <c>.git</c> without starting git (the no-change build's fingerprint): it
/// must be what <c>git rev-parse HEAD</c> says for every way git keeps HEAD, or null so that git is asked.
/// </summary>
public sealed class GitHeadTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("khasite-githead-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(_root, recursive: true);
    }

    private string Repo => Path.Combine(_root, "repo");

    private string RunGit(string folder, params string[] args) =>
        Git.Run(folder, TimeSpan.FromSeconds(30), ["-c", "user.name=t", "-c", "user.email=t@t.invalid", "-c", "commit.gpgsign=false", .. args])
        ?? throw new InvalidOperationException("git " + string.Join(' ', args) + " failed");

    private void Commit(string text)
    {
        File.WriteAllText(Path.Combine(Repo, "a.md"), text);
        RunGit(Repo, "add", "a.md");
        RunGit(Repo, "commit", "-q", "-m", text);
    }

    private string RevParse(string folder) => RunGit(folder, "rev-parse", "HEAD").Trim();

    [Fact]
    public void Every_way_git_keeps_HEAD_reads_as_git_says()
    {
        Directory.CreateDirectory(Path.Combine(Repo, "sub"));
        RunGit(Repo, "init", "-q", "-b", "main");
        Assert.Null(GitHead.Read(Repo)); // no commit yet: git is asked (and says nothing)
        Commit("one");
        var sub = Path.Combine(Repo, "sub");
        Assert.Equal(RevParse(sub), GitHead.Read(sub)); // a loose branch ref, from a folder inside the repository

        RunGit(Repo, "pack-refs", "--all");
        Commit("two");
        RunGit(Repo, "pack-refs", "--all");
        Assert.False(File.Exists(Path.Combine(Repo, ".git", "refs", "heads", "main")), "the ref should be packed now");
        Assert.Equal(RevParse(Repo), GitHead.Read(Repo));

        RunGit(Repo, "checkout", "-q", "--detach", "HEAD~1");
        Assert.Equal(RevParse(Repo), GitHead.Read(Repo)); // detached

        var worktree = Path.Combine(_root, "worktree");
        RunGit(Repo, "worktree", "add", "-q", "-b", "other", worktree, "main");
        Commit("three"); // moves nothing in the worktree's branch
        Assert.Equal(RevParse(worktree), GitHead.Read(worktree));
        Assert.NotEqual(GitHead.Read(Repo), GitHead.Read(worktree));
    }

    [Fact]
    public void Outside_a_repository_there_is_no_commit() =>
        Assert.Null(GitHead.Read(_root));
}
