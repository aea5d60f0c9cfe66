using System.Net;
using System.Net.Http.Headers;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Hosting;

/// <summary>Regression: a multipart body without a boundary made the participant pages answer 500 (fuzz requests #10064, #10079).</summary>
public sealed class MalformedFormTests
{
    [Theory]
    [InlineData("multipart/form-data")]
    [InlineData("multipart/form-data; boundary=\"never-closed\"")]
    public async Task A_form_body_that_cannot_be_read_is_400_on_every_page(string contentType)
    {
        using var factory = new MyelinWebFactory();
        var study = await factory.AddStudyAsync();
        await factory.AddStaffAsync("ida@test.local", StudyRole.Investigator, study);
        using var session = await factory.LoginAsync("ida@test.local");
        foreach (var path in new[] { "/login", $"/studies/{study}/participants", $"/studies/{study}" })
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent("--never-closed\r\njunk"u8.ToArray()) };
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                var response = await session.Client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path} with '{contentType}' answered {(int)response.StatusCode}");
            }
        }
    }
}
