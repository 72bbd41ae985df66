using System.CommandLine;
using KhaSite.Preview;

namespace KhaSite.Cli;

/// <summary><c>preview [--port 5080]</c>: build, serve on 127.0.0.1, rebuild on every save and reload the browser.</summary>
public static class PreviewCommand
{
    public static Command Create(Option<string> input, Option<string> theme)
    {
        var port = new Option<int>("--port") { Description = "The port to serve the preview on (127.0.0.1 only)", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be between 0 and 65535");
        });
        var command = new Command("preview", "Serve the site on 127.0.0.1, rebuild on every change of input/ or theme/, and reload open pages") { input, theme, port };
        command.SetAction((result, cancel) => RunAsync(result.GetValue(input)!, result.GetValue(theme)!, result.GetValue(port), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string input, string theme, int port, CancellationToken cancel)
    {
        if (!Directory.Exists(input))
        {
            Console.Error.WriteLine($"khasite: the input folder '{input}' does not exist");
            return KhaSiteCommandLine.BadUsage;
        }
        var options = new PreviewOptions(input, theme, PreviewOptions.DefaultOutputFor(input, port), port);
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, line => Console.WriteLine(line));
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"khasite: cannot listen on 127.0.0.1:{port} ({e.Message}); is another preview running? Try --port {port + 1}");
            return KhaSiteCommandLine.BadUsage;
        }
        await using (server)
        {
            Console.WriteLine($"khasite: previewing {Load.DisplayPath.For(Path.GetFullPath(input))} at {server.SiteUri}");
            Console.WriteLine($"khasite: built into {server.OutputDir} (not output/); watching {input}/ and {theme}/. Press Ctrl+C to stop.");
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var onCancel = cancel.Register(() => stopped.TrySetResult());
            using var onStop = server.Stopping.Register(() => stopped.TrySetResult());
            await stopped.Task;
            Console.WriteLine("khasite: preview stopped");
        }
        // The preview folder is a scratch copy: leave nothing behind in the temp folder.
        try { Directory.Delete(Path.GetDirectoryName(options.OutputDir)!, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return KhaSiteCommandLine.Success;
    }
}
