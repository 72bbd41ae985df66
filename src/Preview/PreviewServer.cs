using System.Net;
using System.Text;
using KhaSite.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KhaSite.Preview;

/// <summary>Where the preview reads, where it builds to, and the port it listens on (0: any free port).</summary>
public sealed record PreviewOptions(string InputDir, string ThemeDir, string OutputDir, int Port = 5080)
{
    /// <summary>
    /// A folder of its own for each input folder and port, so a preview never touches <c>output/</c>. On Linux it is
    /// in memory (<c>/dev/shm</c>) where possible: every rebuild rewrites the whole site, and on a busy disk writing
    /// some 400 files and removing the previous ones takes ten times as long as the rest of the build.
    /// </summary>
    public static string DefaultOutputFor(string inputDir, int port)
    {
        var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{Path.GetFullPath(inputDir)}|{port}")))[..10];
        foreach (var scratch in ScratchFolders())
        {
            var folder = Path.Combine(scratch, "khasite-preview", key);
            try
            {
                Directory.CreateDirectory(folder);
                return Path.Combine(folder, "site");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        return Path.Combine(Path.GetTempPath(), "khasite-preview", key, "site");
    }

    private static IEnumerable<string> ScratchFolders()
    {
        if (OperatingSystem.IsLinux() && Directory.Exists("/dev/shm")) yield return "/dev/shm";
        yield return Path.GetTempPath();
    }
}

/// <summary>
/// <c>dotnet run -- preview</c>: builds the site into a preview folder, serves it with Kestrel on 127.0.0.1 under
/// the site's base path, watches the input and the theme, rebuilds on every save and reloads open pages through
/// server-sent events. A build with errors keeps the last good site and shows its diagnostics over the page.
/// Nothing outside the built site is ever served.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The preview's own addresses; outside any site path.</summary>
    public const string Prefix = "/__khasite/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly PreviewBuilder _builder;
    private readonly string _root;

    private SiteWatcher? _watcher;

    private PreviewServer(WebApplication app, PreviewBuilder builder, string root)
    {
        _app = app;
        _builder = builder;
        _root = root;
    }

    /// <summary>The server: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site's home under its base path: <c>http://127.0.0.1:PORT/khasite/</c>.</summary>
    public Uri SiteUri => new(Address, State.Current.BasePath);

    public PreviewState State => _builder.State;

    /// <summary>The pages the last full build that published kept from the build before and rendered.</summary>
    public (int Kept, int Rendered) LastPages => _builder.LastPages;

    public string OutputDir => _root;

    /// <summary>Starts listening, builds once, and starts watching. Throws <see cref="IOException"/> when the port is taken.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, Action<string>? log = null)
    {
        var root = Path.GetFullPath(options.OutputDir).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        // A full build keeps a pool thread per core busy; without spare threads requests (and the quick path) wait
        // for the pool to grow, about half a second.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 8), io);
        // With the build cache (as `khasite build`): after a save, the full build renders only the pages it changes.
        var builder = new PreviewBuilder(new BuildOptions(options.InputDir, options.ThemeDir, root, KeepWhenUnchanged: true), log);

        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // No configuration files to watch: the preview is configured by its command line only.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        web.Logging.ClearProviders();
        web.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        web.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = web.Build();

        var server = new PreviewServer(app, builder, root);
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.TrimEnd('/') + "/");
        server._watcher = new SiteWatcher([options.InputDir, options.ThemeDir], builder.Changed);
        await builder.StartAsync();
        return server;
    }

    /// <summary>Completes when the server is asked to stop (by the host, e.g. Ctrl+C).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!IsLoopbackHost(request.Host, Address.Port))
        {
            await TextAsync(response, StatusCodes.Status421MisdirectedRequest,
                "421: the preview answers only to 127.0.0.1, [::1] or localhost with its own port.\n");
            return;
        }
        var path = request.Path.Value ?? "/";

        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await PreviewEndpointAsync(context, path);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        if (!IsSafe(path))
        {
            await TextAsync(response, StatusCodes.Status400BadRequest, "400: this path leads outside the site and is refused.\n");
            return;
        }

        var snapshot = State.Current;
        if (!snapshot.HasSite)
        {
            await HtmlAsync(context, StatusCodes.Status503ServiceUnavailable, Encoding.UTF8.GetBytes(PreviewClient.NoSiteYet), snapshot.Version);
            return;
        }
        var basePath = snapshot.BasePath;
        if (path == "/" || path == basePath.TrimEnd('/'))
        {
            if (basePath != path) { Redirect(context, basePath); return; }
        }
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            await NotFoundAsync(context, snapshot.Version);
            return;
        }

        var relative = path[basePath.Length..];
        var full = Path.GetFullPath(Path.Combine(_root, SitePaths.FileFor(relative)));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            await TextAsync(response, StatusCodes.Status400BadRequest, "400: this path leads outside the site and is refused.\n");
            return;
        }

        var content = _builder.QuickPages.Find(full) ?? await ReadAsync(full, context.RequestAborted);
        if (content is null && !relative.EndsWith('/') && Directory.Exists(full))
        {
            Redirect(context, path + "/");
            return;
        }
        if (content is null)
        {
            await NotFoundAsync(context, snapshot.Version);
            return;
        }
        var type = ContentTypes.TryGetContentType(full, out var known) ? known : "application/octet-stream";
        if (type == "text/html")
        {
            await HtmlAsync(context, StatusCodes.Status200OK, content, snapshot.Version);
            return;
        }
        response.ContentType = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json"
            ? type + "; charset=utf-8"
            : type;
        response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(request.Method)) await response.Body.WriteAsync(content, context.RequestAborted);
    }

    /// <summary>
    /// Reads a file of the built site. A build swaps the folder in or moves its changed files in at its end; a file
    /// missing at that moment is read again once the build is over.
    /// </summary>
    private async Task<byte[]?> ReadAsync(string full, CancellationToken cancel)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                if (File.Exists(full)) return await File.ReadAllBytesAsync(full, cancel);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
            {
            }
            if (attempt == 0) await _builder.WaitIdleAsync(cancel);
        }
        return null;
    }

    /// <summary>
    /// Whether the request names the preview itself: a loopback address or <c>localhost</c>, with the port it listens
    /// on. A web page elsewhere can point its own host name at 127.0.0.1 (DNS rebinding) and so reach the preview from
    /// the contributor's browser, but the browser then sends that name in <c>Host</c>, which is refused.
    /// </summary>
    public static bool IsLoopbackHost(HostString host, int port) =>
        host.HasValue && host.Port == port &&
        (host.Host is "127.0.0.1" or "[::1]" || string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Requests are confined to the built site: no '.' or '..' segment, no backslash, no still-encoded character
    /// (Kestrel has decoded everything but <c>%2F</c>), no NUL or drive letter.
    /// </summary>
    public static bool IsSafe(string path)
    {
        if (!path.StartsWith('/')) return false;
        if (path.IndexOfAny(['\\', '%', '\0', ':']) >= 0) return false;
        return path.Split('/').All(segment => segment is not ("." or ".."));
    }

    private async Task NotFoundAsync(HttpContext context, string version)
    {
        var page = await ReadAsync(Path.Combine(_root, SitePaths.NotFound), context.RequestAborted);
        if (page is null)
            await TextAsync(context.Response, StatusCodes.Status404NotFound, "404: not found\n");
        else
            await HtmlAsync(context, StatusCodes.Status404NotFound, page, version);
    }

    private static async Task HtmlAsync(HttpContext context, int status, byte[] html, string version)
    {
        var bytes = Encoding.UTF8.GetBytes(Render.Html.BeforeBodyEnd(Encoding.UTF8.GetString(html), PreviewClient.Tag(version) + "\n"));
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static async Task TextAsync(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(text);
    }

    private static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location + context.Request.QueryString.Value;
    }

    private async Task PreviewEndpointAsync(HttpContext context, string path)
    {
        switch (path)
        {
            case PreviewClient.Path:
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(PreviewClient.Source);
                return;
            case PreviewClient.StatePath:
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(State.Current.ToJson());
                return;
            case PreviewClient.EventsPath:
                await EventsAsync(context);
                return;
            default:
                await TextAsync(context.Response, StatusCodes.Status404NotFound, "404: not found\n");
                return;
        }
    }

    /// <summary>Server-sent events: the current state at once, then every new state, with a comment now and then to keep the connection open.</summary>
    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        try
        {
            await response.WriteAsync("retry: 500\n\n", stop.Token);
            PreviewSnapshot? sent = null;
            while (!stop.IsCancellationRequested)
            {
                var next = State.NextAsync();
                var current = State.Current;
                if (!ReferenceEquals(current, sent))
                {
                    await response.WriteAsync($"event: state\ndata: {current.ToJson()}\n\n", stop.Token);
                    sent = current;
                }
                else
                {
                    await response.WriteAsync(": still here\n\n", stop.Token);
                }
                await response.Body.FlushAsync(stop.Token);
                await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(15), stop.Token));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _builder.DisposeAsync();
        try
        {
            await _app.StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}
