using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KhaSite.Tests.Support;

/// <summary>
/// Serves a built site the way GitHub Pages does: Kestrel on 127.0.0.1 (a free port), the output folder under
/// the site's base path (<c>/khasite/</c>), <c>index.html</c> for folder URLs (a folder URL without its slash
/// is redirected), and <c>404.html</c> with status 404 for anything missing.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri siteUri)
    {
        _app = app;
        SiteUri = siteUri;
    }

    /// <summary>The served site's address, ending in its base path: <c>http://127.0.0.1:PORT/khasite/</c>.</summary>
    public Uri SiteUri { get; }

    /// <summary>The address of a site path (<c>kk/history/</c>), resolved against <see cref="SiteUri"/>.</summary>
    public string Url(string sitePath) => new Uri(SiteUri, sitePath).AbsoluteUri;

    public static async Task<StaticSiteServer> StartAsync(string outputDir, string basePath)
    {
        if (!basePath.StartsWith('/') || !basePath.EndsWith('/')) throw new ArgumentException("the base path starts and ends with '/'", nameof(basePath));
        var root = Path.GetFullPath(outputDir);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = root,
            EnvironmentName = "Production",
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var files = new PhysicalFileProvider(root);
        var requestPath = new PathString(basePath.TrimEnd('/'));
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        app.UseFileServer(new FileServerOptions
        {
            FileProvider = files,
            RequestPath = requestPath,
            EnableDefaultFiles = true,
            StaticFileOptions =
            {
                ContentTypeProvider = types,
                ServeUnknownFileTypes = true,
                DefaultContentType = "application/octet-stream",
            },
        });
        var notFound = Path.Combine(root, "404.html");
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, new Uri(new Uri(address.TrimEnd('/') + "/"), basePath));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
