using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Myelin.Web.Assets;

/// <summary>
/// Serves the CSS and scripts embedded in this assembly at <c>/assets/{name}</c>, with an ETag and a day of caching:
/// the same files whichever program hosts the platform.
/// </summary>
public static class AssetEndpoints
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type, string ETag)> Files = Load();

    /// <summary>Maps <c>/assets/{name}</c>.</summary>
    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{**name}", (string name, HttpContext context) =>
        {
            if (!Files.TryGetValue(name, out var file))
            {
                return Results.NotFound();
            }

            context.Response.Headers.ETag = file.ETag;
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return context.Request.Headers.IfNoneMatch == file.ETag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(file.Bytes, file.Type);
        }).ExcludeFromDescription().AllowAnonymous();
        return app;
    }

    /// <summary>The URL of an asset with its content hash, so a changed file is never served from a stale cache.</summary>
    public static string Url(string name) => Files.TryGetValue(name, out var f) ? $"/assets/{name}?v={f.ETag.Trim('"')[..8]}" : $"/assets/{name}";

    private static FrozenDictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(AssetEndpoints).Assembly;
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var type = Path.GetExtension(resource) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[resource["assets/".Length..]] = (bytes, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
