using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace KhaSite.Load;

/// <summary>Runs git in a folder and returns what it printed: the one place KhaSite starts a git process.</summary>
public static class Git
{
    /// <summary>git's standard output when it exited with 0; null when it failed, is not installed, or took longer
    /// than <paramref name="timeout"/> (then it is killed).</summary>
    public static string? Run(string folder, TimeSpan timeout, params string[] args) => Run(folder, timeout, out _, args);

    /// <param name="timedOut">whether git was killed for taking longer than <paramref name="timeout"/></param>
    public static string? Run(string folder, TimeSpan timeout, out bool timedOut, params string[] args)
    {
        timedOut = false;
        if (!Directory.Exists(folder)) return null;
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var git = Process.Start(start);
            if (git is null) return null;
            git.StandardInput.Close();
            _ = git.StandardError.ReadToEndAsync();
            var output = git.StandardOutput.ReadToEndAsync();
            if (!git.WaitForExit(timeout))
            {
                try { git.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                timedOut = true;
                return null;
            }
            git.WaitForExit();
            return git.ExitCode == 0 ? output.Result : null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            return null; // git is not installed or could not run
        }
    }
}
