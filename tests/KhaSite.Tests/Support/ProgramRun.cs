using System.Diagnostics;

namespace KhaSite.Tests.Support;

/// <summary>Runs a program as a user would (the packed tool, the native program) and returns what it printed.</summary>
public static class ProgramRun
{
    /// <summary>Fails the test when the program exits with another code than <paramref name="expectedExit"/>.</summary>
    public static async Task<string> Async(string directory, string program, IEnumerable<string> args, TimeSpan timeout, int expectedExit = 0,
        (string Name, string Value)[]? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        var printed = await stdout + await stderr;
        Assert.True(process.ExitCode == expectedExit, $"{Path.GetFileName(program)} {string.Join(' ', args)} exited {process.ExitCode}:\n{printed}");
        return printed;
    }
}
