using Myelin.Web.Access;
using Xunit.Abstractions;

namespace Myelin.Web.Tests.Security;

/// <summary>Issue 6, access control in one place: every endpoint says who may use it.</summary>
public sealed class EndpointPolicyTests(ITestOutputHelper output) : IDisposable
{
    private readonly SecurityFactory _factory = new();

    [Fact]
    public async Task Every_endpoint_declares_a_policy_or_is_on_the_anonymous_allow_list()
    {
        var endpoints = await EndpointCatalog.DiscoverAsync(_factory.Services);
        foreach (var e in endpoints.OrderBy(e => e.Route, StringComparer.Ordinal))
        {
            output.WriteLine($"{e,-70} policies=[{string.Join(", ", e.Policies)}] anonymous={e.AllowsAnonymous}");
        }

        var problems = new List<string>();
        foreach (var e in endpoints)
        {
            var listed = AnonymousAllowList.Contains(e.Route);
            if (e.AllowsAnonymous && !listed)
            {
                problems.Add($"{e}: allows anonymous access but is not on the allow-list");
            }
            else if (!listed && e.Policies.Count == 0)
            {
                problems.Add($"{e}: declares no named policy (only {(e.RequiresAuthorization ? "the default policy" : "nothing")})");
            }
            else if (!listed && e.HasStudy && e.Actions.Count == 0)
            {
                problems.Add($"{e}: names a study but requires no study action (policies: {string.Join(", ", e.Policies)}); use AccessPolicies.For(StudyAction.X)");
            }
        }

        Assert.True(endpoints.Count > 10, $"only {endpoints.Count} endpoints were discovered");
        Assert.True(problems.Count == 0, "Endpoints without a declared policy:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Study_endpoints_name_only_known_study_policies()
    {
        var endpoints = await EndpointCatalog.DiscoverAsync(_factory.Services);
        var known = Enum.GetValues<StudyAction>().Select(AccessPolicies.For).Append(AccessPolicies.Staff).Append(AccessPolicies.SystemAdministrator).ToHashSet();
        var unknown = endpoints.SelectMany(e => e.Policies.Where(p => !known.Contains(p)).Select(p => $"{e}: unknown policy '{p}'")).ToList();
        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
    }

    public void Dispose() => _factory.Dispose();
}
