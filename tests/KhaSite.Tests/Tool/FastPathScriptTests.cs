using KhaSite.Tests.Support;

namespace KhaSite.Tests.Tool;

/// <summary>
/// <c>./khasite</c>'s hot path, when the program of the current source is compiled already: it starts that program and
/// no other process (each fork and exec costs milliseconds on a small VM, against a half-second build of the real site),
/// and still notices a changed source file. Run on a throwaway copy of the script with a stand-in program, so nothing is
/// compiled; every command the script could start is put first on PATH as a recorder that logs its name. The user's
/// cache folder, which holds the mark of the programs this user compiled, is a throwaway folder too.
/// </summary>
public sealed class FastPathScriptTests : IDisposable
{
    private readonly string _repo = Path.Combine(Path.GetTempPath(), "khasite-script-" + Guid.NewGuid().ToString("N"));

    private string UserCache => _repo + "-cache";

    private static readonly string[] Commands =
        ["uname", "dirname", "find", "cat", "ls", "sort", "tr", "xargs", "sha256sum", "cut", "mktemp", "touch", "mv", "rm", "mkdir", "grep", "sed", "dotnet", "pwd", "env", "stat", "date"];

    public FastPathScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "src", "Load"));
        Directory.CreateDirectory(Path.Combine(_repo, "theme"));
        File.Copy(Path.Combine(RepoPaths.Root, "khasite"), Path.Combine(_repo, "khasite"));
        File.WriteAllText(Path.Combine(_repo, "KhaSite.csproj"), "<Project />\n");
        File.WriteAllText(Path.Combine(_repo, "src", "Load", "Loader.cs"), "class Loader {}\n");
        File.WriteAllText(Path.Combine(_repo, "theme", "site.css"), "body {}\n");
        Directory.CreateDirectory(Path.Combine(_repo, "bin"));
        foreach (var command in Commands)
        {
            var recorder = Path.Combine(_repo, "bin", command);
            File.WriteAllText(recorder, $"#!/bin/sh\necho {command} >> '{_repo}/started.log'\nPATH='{Environment.GetEnvironmentVariable("PATH")}' exec {command} \"$@\"\n");
            MakeExecutable(recorder);
        }
    }

    [Fact]
    public async Task With_the_program_compiled_it_starts_only_the_program_and_a_source_edit_is_noticed()
    {
        if (OperatingSystem.IsWindows()) return;
        // First run: the source is hashed (processes allowed) and no program of that hash exists yet.
        var first = await Script(expectedExit: 1);
        Assert.Equal("", first);
        var hash = KeptHash();
        var program = Path.Combine(_repo, "obj", "khasite-tool", hash, "KhaSite");
        Directory.CreateDirectory(Path.GetDirectoryName(program)!);
        File.WriteAllText(program, "#!/bin/sh\necho \"program ran in $PWD: $*\"\n");
        MakeExecutable(program);
        // What the script's compile leaves beside the program: the mark it made in the user's cache folder.
        File.Copy(Path.Combine(UserCache, "tool-mark"), Path.Combine(_repo, "obj", "khasite-tool", hash, ".khasite-mark"));
        File.Delete(Path.Combine(_repo, "started.log"));

        var ran = await ProgramRun.Async(_repo, "bash", [Path.Combine(_repo, "khasite"), "build", "--no-search"], TimeSpan.FromSeconds(30),
            environment: [("PATH", Path.Combine(_repo, "bin") + ":" + Environment.GetEnvironmentVariable("PATH")), ("KHASITE_CACHE_HOME", UserCache)]);
        Assert.Contains($"program ran in {_repo}: build --no-search", ran, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repo, "started.log")),
            "the hot path started other processes: " + (File.Exists(Path.Combine(_repo, "started.log")) ? File.ReadAllText(Path.Combine(_repo, "started.log")) : ""));

        // A source file touched but not changed: hashed again to the same hash, and the program runs where it was called.
        var source = Path.Combine(_repo, "src", "Load", "Loader.cs");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddSeconds(5));
        var elsewhere = Directory.CreateDirectory(Path.Combine(_repo + "-elsewhere")).FullName;
        var touched = await ProgramRun.Async(elsewhere, "bash", [Path.Combine(_repo, "khasite"), "check"], TimeSpan.FromSeconds(30),
            environment: [("KHASITE_CACHE_HOME", UserCache)]);
        Assert.Contains($"program ran in {elsewhere}: check", touched, StringComparison.Ordinal);

        // An edited source file, newer than the kept hash: hashed again, a new hash, no program for it yet.
        File.WriteAllText(source, "class Loader { int edited; }\n");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddSeconds(10));
        Assert.Equal("", await Script(expectedExit: 1));
        Assert.NotEqual(hash, KeptHash());
    }

    public static TheoryData<string> Unmarked => ["no mark", "another mark", "a link to the user's mark", "a folder linked to a marked one"];

    /// <summary>
    /// A pull request can add <c>obj/khasite-tool/&lt;hash of its own source&gt;/KhaSite</c> (git add -f): a program
    /// whose folder lacks the mark this user's compile leaves is not started but compiled again (here the compile and
    /// dotnet run fail at once: <c>dotnet</c> is a stand-in that only logs).
    /// </summary>
    [Theory]
    [MemberData(nameof(Unmarked))]
    public async Task A_program_this_user_did_not_compile_is_not_started(string how)
    {
        if (OperatingSystem.IsWindows()) return;
        await Script(expectedExit: 1);
        var tool = Path.Combine(_repo, "obj", "khasite-tool", KeptHash());
        var folder = how == "a folder linked to a marked one" ? _repo + "-marked" : tool;
        Directory.CreateDirectory(folder);
        var program = Path.Combine(folder, "KhaSite");
        File.WriteAllText(program, $"#!/bin/sh\necho forged >> '{_repo}/forged-ran.log'\n");
        MakeExecutable(program);
        var mark = Path.Combine(UserCache, "tool-mark");
        switch (how)
        {
            case "another mark": File.WriteAllText(Path.Combine(folder, ".khasite-mark"), new string('0', 64) + "\n"); break;
            case "a link to the user's mark": File.CreateSymbolicLink(Path.Combine(folder, ".khasite-mark"), mark); break;
            case "a folder linked to a marked one":
                File.Copy(mark, Path.Combine(folder, ".khasite-mark"));
                File.CreateSymbolicLink(tool, folder);
                break;
        }
        var dotnet = Path.Combine(_repo, "bin", "dotnet");
        File.WriteAllText(dotnet, $"#!/bin/sh\necho \"dotnet $*\" >> '{_repo}/dotnet.log'\nexit 1\n");
        MakeExecutable(dotnet);

        // Nothing to print: the program is not this user's.
        Assert.Equal("", await Script(expectedExit: 1));
        await ProgramRun.Async(_repo, "bash", [Path.Combine(_repo, "khasite"), "build"], TimeSpan.FromSeconds(60), expectedExit: 1,
            environment: [("PATH", Path.Combine(_repo, "bin") + ":" + Environment.GetEnvironmentVariable("PATH")), ("KHASITE_CACHE_HOME", UserCache), ("KHASITE_AOT", "0")]);
        Assert.False(File.Exists(Path.Combine(_repo, "forged-ran.log")), "the program this user did not compile was started");
        Assert.Contains("dotnet publish", File.ReadAllText(Path.Combine(_repo, "dotnet.log")), StringComparison.Ordinal);
    }

    /// <summary>The source's hash as the script keeps it (the first line; the second lists the project files present).</summary>
    private string KeptHash() => File.ReadLines(Path.Combine(_repo, "obj", "khasite-tool", "current-source")).First();

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private Task<string> Script(int expectedExit) =>
        ProgramRun.Async(_repo, "bash", [Path.Combine(_repo, "khasite")], TimeSpan.FromSeconds(30), expectedExit,
            environment: [("KHASITE_WHICH", "1"), ("KHASITE_CACHE_HOME", UserCache)]);

    public void Dispose()
    {
        foreach (var folder in new[] { _repo, _repo + "-elsewhere", _repo + "-marked", UserCache })
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
