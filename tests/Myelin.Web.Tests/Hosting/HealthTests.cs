using System.Net;
using System.Net.Http.Json;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_answers_200_once_the_database_is_migrated()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["status"]);
        Assert.True(File.Exists(factory.DatabasePath));
    }

    [Fact]
    public async Task The_first_administrator_comes_from_the_settings_and_is_announced_once()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient();
        await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Contains($"Administrator {MyelinWebFactory.AdminEmail} created", factory.Announced.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(MyelinWebFactory.AdminPassword, factory.Announced.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_need_a_login_and_unknown_pages_are_404()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/login", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var session = await factory.LoginAsync();
        await session.GetPageAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, session.LastStatus);
    }
}
