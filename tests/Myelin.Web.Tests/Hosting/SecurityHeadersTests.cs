using System.Net;
using Myelin.Web.Hosting;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Hosting;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/health")]
    [InlineData("/no/such/page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_http_only_and_same_site_strict()
    {
        using var factory = new MyelinWebFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync(new Uri("/login", UriKind.Relative));
        var antiforgery = page.Headers.GetValues("Set-Cookie").ToList();
        var token = (await StaffSession.ParseAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = MyelinWebFactory.AdminEmail,
                ["Password"] = MyelinWebFactory.AdminPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", string.Join("; ", antiforgery.Select(c => c.Split(';')[0])));
        var signedIn = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookies = antiforgery.Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("myelin=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Login_attempts_from_one_address_are_limited_per_minute()
    {
        using var factory = new MyelinWebFactory();
        using var session = new StaffSession(factory.CreateClient(new() { AllowAutoRedirect = false }));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= LoginRateLimit.AttemptsPerMinute; i++)
        {
            var response = await session.SubmitFormAsync("/login", new Dictionary<string, string> { ["Email"] = $"nobody{i}@test.local", ["Password"] = "wrong-password" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(LoginRateLimit.AttemptsPerMinute), s => Assert.Equal(HttpStatusCode.UnprocessableEntity, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
