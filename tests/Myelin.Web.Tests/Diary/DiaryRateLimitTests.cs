using System.Net;
using Microsoft.AspNetCore.Hosting;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Diary;

public sealed class DiaryRateLimitTests
{
    [Fact]
    public async Task A_link_is_limited_per_minute_across_page_and_api_and_other_links_are_not_affected()
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        var (_, token) = await DiarySeed.EnrolAsync(factory, study, "P001");
        var (_, other) = await DiarySeed.EnrolAsync(factory, study, "P002");
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Myelin:Diary:PermitsPerMinute", "3"));
        var client = limited.CreateClient();

        var answers = new List<HttpStatusCode>
        {
            (await client.GetAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative))).StatusCode,
            (await client.GetAsync(new Uri("/d/" + token, UriKind.Relative))).StatusCode,
            (await client.GetAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative))).StatusCode,
            (await client.GetAsync(new Uri("/d/" + token, UriKind.Relative))).StatusCode,
            (await client.GetAsync(new Uri("/api/v1/diary/" + token, UriKind.Relative))).StatusCode,
        };
        var otherLink = (await client.GetAsync(new Uri("/api/v1/diary/" + other, UriKind.Relative))).StatusCode;

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, otherLink);
    }
}
