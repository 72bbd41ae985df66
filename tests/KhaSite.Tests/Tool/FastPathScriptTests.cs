using KhaSite.Tests.Support;

namespace KhaSite.Tests.Tool;

/// <summary>
/// <c>./khasite</c>'s hot path, when the program of the current source is compiled already: it starts that program and
/// no other process (each fork and exec costs milliseconds on a small VM, against a half-second build of the real site),
/// and still notices a changed source file. Run on a throwaway copy of the script with a stand-in program, so nothing is
/// compiled; every command the script could start is put first on PATH as a recorder that logs its name.
/// </summary>
public sealed class FastPathScriptTests : IDisposable
{
    private readonly string _repo = Path.Combine(Path.GetTempPath(), "khasite-script-" + Guid.NewGuid().ToString("N"));

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
        File.Delete(Path.Combine(_repo, "started.log"));

        var ran = await ProgramRun.Async(_repo, "bash", [Path.Combine(_repo, "khasite"), "build", "--no-search"], TimeSpan.FromSeconds(30),
            environment: [("PATH", Path.Combine(_repo, "bin") + ":" + Environment.GetEnvironmentVariable("PATH"))]);
        Assert.Contains($"program ran in {_repo}: build --no-search", ran, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repo, "started.log")),
            "the hot path started other processes: " + (File.Exists(Path.Combine(_repo, "started.log")) ? File.ReadAllText(Path.Combine(_repo, "started.log")) : ""));

        // A source file touched but not changed: hashed again to the same hash, and the program runs where it was called.
        var source = Path.Combine(_repo, "src", "Load", "Loader.cs");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddSeconds(5));
        var elsewhere = Directory.CreateDirectory(Path.Combine(_repo + "-elsewhere")).FullName;
        var touched = await ProgramRun.Async(elsewhere, "bash", [Path.Combine(_repo, "khasite"), "check"], TimeSpan.FromSeconds(30));
        Assert.Contains($"program ran in {elsewhere}: check", touched, StringComparison.Ordinal);

        // An edited source file, newer than the kept hash: hashed again, a new hash, no program for it yet.
        File.WriteAllText(source, "class Loader { int edited; }\n");
        File.SetLastWriteTimeUtc(source, DateTime.UtcNow.AddSeconds(10));
        Assert.Equal("", await Script(expectedExit: 1));
        Assert.NotEqual(hash, KeptHash());
    }

    /// <summary>The source's hash as the script keeps it (the first line; the second lists the project files present).</summary>
    private string KeptHash() => File.ReadLines(Path.Combine(_repo, "obj", "khasite-tool", "current-source")).First();

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private Task<string> Script(int expectedExit) =>
        ProgramRun.Async(_repo, "bash", [Path.Combine(_repo, "khasite")], TimeSpan.FromSeconds(30), expectedExit,
            environment: [("KHASITE_WHICH", "1")]);

    public void Dispose()
    {
        foreach (var folder in new[] { _repo, _repo + "-elsewhere" })
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
