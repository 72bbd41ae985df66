using System.Diagnostics;
using System.Text.Json;
using KhaSite.Tests.Support;

namespace KhaSite.Tests.Verification;

/// <summary>One error the W3C Nu validator found: the file (relative to the checked folder), line, column, message, extract.</summary>
public sealed record ValidatorError(string File, int Line, int Column, string Message, string Extract)
{
    public override string ToString() => $"{File}({Line},{Column}): {Message}" + (Extract.Length > 0 ? $"  [{Extract}]" : "");
}

/// <summary>
/// The W3C Nu HTML checker (<c>vnu.jar</c> from the npm package <c>vnu-jar</c>, run with the machine's Java):
/// every file in one call, <c>--errors-only --format json</c>, the JSON read back into <see cref="ValidatorError"/>s.
/// </summary>
public static class NuValidator
{
    public static async Task<IReadOnlyList<ValidatorError>> ValidateAsync(string rootDir, IEnumerable<string> htmlFiles)
    {
        Tools.Require(Needs.Validator);
        var files = htmlFiles.Select(Path.GetFullPath).ToArray();
        if (files.Length == 0) throw new ArgumentException("no files to validate", nameof(htmlFiles));

        var start = new ProcessStartInfo(Tools.JavaPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-Xss8m", "-jar", Tools.VnuJar, "--errors-only", "--format", "json" }.Concat(files))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        var json = (await stderr).Trim();
        if (json.Length == 0) json = (await stdout).Trim(); // vnu writes its report to stderr; be tolerant
        return Parse(json, rootDir, process.ExitCode);
    }

    /// <summary>Reads vnu's JSON report; anything not of type "error" (or a "non-document-error") is left out.</summary>
    public static IReadOnlyList<ValidatorError> Parse(string json, string rootDir, int exitCode = 1)
    {
        var start = json.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            if (exitCode == 0) return [];
            throw new InvalidOperationException($"vnu exited with {exitCode} and no JSON report: {json}");
        }
        using var report = JsonDocument.Parse(json[start..]);
        var errors = new List<ValidatorError>();
        var root = Path.GetFullPath(rootDir);
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.TryGetProperty("type", out var t) ? t.GetString() : null;
            var subType = message.TryGetProperty("subType", out var s) ? s.GetString() : null;
            if (type is not ("error" or "non-document-error") && subType != "fatal") continue;
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var file = LocalPath(url);
            if (file.StartsWith(root, StringComparison.Ordinal)) file = Path.GetRelativePath(root, file).Replace('\\', '/');
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32()
                : message.TryGetProperty("lastColumn", out var lc) ? lc.GetInt32() : 0;
            var extract = message.TryGetProperty("extract", out var e) ? (e.GetString() ?? "").Replace("\n", "↩", StringComparison.Ordinal) : "";
            errors.Add(new ValidatorError(file, line, column, message.GetProperty("message").GetString() ?? "", extract));
        }
        return errors;
    }

    /// <summary>vnu names files as <c>file:/tmp/x.html</c> (one slash); <see cref="Uri"/> wants three.</summary>
    private static string LocalPath(string url)
    {
        if (!url.StartsWith("file:", StringComparison.Ordinal)) return url;
        var path = url["file:".Length..];
        if (path.StartsWith("//", StringComparison.Ordinal)) path = path[2..];
        return Uri.UnescapeDataString(path);
    }

    public static string Format(IReadOnlyList<ValidatorError> errors) =>
        $"The W3C Nu validator found {errors.Count} error(s):\n" + string.Join("\n", errors.Select(e => "  " + e));
}
