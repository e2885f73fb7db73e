using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Simulator.Explorer.Hosting;

/// <summary>Serves the page (HTML, script, style) from the assembly: nothing fetched from elsewhere, ever.</summary>
public static class ExplorerPage
{
    /// <summary>Allows only this server's own scripts, styles and requests, so the page provably works offline.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    /// <summary>The files of the page, by URL path.</summary>
    public static IReadOnlyDictionary<string, (byte[] Content, string ContentType)> Files { get; } = Load();

    /// <summary>Maps <c>/</c> to the page and each of its files to its path.</summary>
    public static IEndpointRouteBuilder MapExplorerPage(this IEndpointRouteBuilder app)
    {
        foreach (var (path, file) in Files)
        {
            var route = path == "/index.html" ? "/" : path;
            app.MapGet(route, (HttpContext context) =>
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(file.Content, file.ContentType);
            });
        }

        return app;
    }

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var path = name["wwwroot".Length..];
            files[path] = (buffer.ToArray(), ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream"));
        }

        return files;
    }
}
