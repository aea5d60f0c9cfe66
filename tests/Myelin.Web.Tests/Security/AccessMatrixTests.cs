using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Myelin.Domain.Records;
using Myelin.Web.Access;
using Myelin.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// Issue 6: every discovered endpoint × every principal × site A and site B, each answer checked against the
/// hand-written <see cref="ExpectedPermissions"/> plus the site rule (a participant at a site the caller does not
/// reach is 404, not 403).
/// </summary>
public sealed class AccessMatrixTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly SecurityFactory _factory = new();
    private SecurityWorld _world = null!;
    private readonly Dictionary<string, string?> _antiforgery = [];

    public async Task InitializeAsync() => _world = await SecurityWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _world?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void RolePermissions_agrees_with_the_hand_written_table()
    {
        var disagreements = new List<string>();
        foreach (var role in Enum.GetValues<StudyRole>())
        {
            foreach (var action in Enum.GetValues<StudyAction>())
            {
                var expected = ExpectedPermissions.Table[role].Contains(action);
                if (RolePermissions.Allows(role, action) != expected)
                {
                    disagreements.Add($"{role} × {action}: RolePermissions says {(expected ? "no" : "yes")}, the expected table says {(expected ? "yes" : "no")}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_principal_as_roles_and_sites_say()
    {
        var endpoints = (await EndpointCatalog.DiscoverAsync(_factory.Services))
            .Where(e => !AnonymousAllowList.Contains(e.Route) && !e.AllowsAnonymous)
            .OrderBy(e => e.Route, StringComparer.Ordinal)
            .ToList();
        var columns = _world.Principals.Append(_world.Get("investigator-all") with { Name = "cookie-on-api", CookieOnApi = true }).ToList();
        var rows = new List<(string Label, List<string> Cells)>();
        var mismatches = new List<string>();
        var cells = 0;

        foreach (var endpoint in endpoints)
        {
            var targets = endpoint.HasParticipant ? new[] { _world.A, _world.B } : new[] { _world.A };
            foreach (var target in targets)
            {
                foreach (var (method, handler) in Requests(endpoint))
                {
                    var label = $"{method} {endpoint.Route}{(handler is null ? "" : "?handler=" + handler)}{(endpoint.HasParticipant ? " @" + target.Site : "")}";
                    var row = new List<string>();
                    foreach (var principal in columns)
                    {
                        if (principal.CookieOnApi && !endpoint.IsApi)
                        {
                            row.Add("");
                            continue;
                        }

                        cells++;
                        var expected = Expect(endpoint, principal, target, handler);
                        var (status, actual, knownBody) = await SendAsync(endpoint, method, handler, principal, target);
                        var ok = actual == expected
                            || (expected == Access.OutOfScope && !knownBody && status is 400 or 422)

                            // A named page handler's target comes from form fields the matrix does not fill.
                            || (expected == Access.Allowed && handler is not null && !endpoint.HasParticipant && status == 404);
                        row.Add($"{status}{(ok ? "" : "!")}");
                        if (!ok)
                        {
                            mismatches.Add($"{label} as {principal.Name}: expected {expected}, got {status} ({actual})");
                        }
                    }

                    rows.Add((label, row));
                }
            }
        }

        var matrix = Render(columns.Select(c => c.Name).ToList(), rows);
        output.WriteLine($"{cells} cells over {endpoints.Count} endpoints; '!' marks a cell that differs from the expected class.");
        output.WriteLine(matrix);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cells} cells differ:\n{string.Join("\n", mismatches)}\n\n{matrix}");
    }

    private static IEnumerable<(string Method, string? Handler)> Requests(DiscoveredEndpoint endpoint)
    {
        foreach (var method in endpoint.Methods)
        {
            yield return (method, null);
        }

        foreach (var handler in endpoint.PageHandlers)
        {
            yield return (HttpMethods.Post, handler);
        }
    }

    // Page handlers that need more than their page's policy (a page has one policy; the handler checks the rest).
    private static readonly Dictionary<string, StudyAction> HandlerActions = new(StringComparer.Ordinal) { ["Unlock"] = StudyAction.Unlock };

    // Endpoints that answer results by arm: the world's study (the pilot) is double-blind, so they also need the unblinded role.
    private static readonly Dictionary<string, StudyAction> BlindedRoutes = new(StringComparer.Ordinal) { ["/api/v1/studies/{studyId}/analysis"] = StudyAction.ViewAllocation };

    private static Access Expect(DiscoveredEndpoint endpoint, Principal principal, SeededParticipant target, string? handler)
    {
        if (principal.Anonymous || (endpoint.IsApi && (principal.CookieOnApi || principal.Role is null)))
        {
            return Access.Unauthenticated;
        }

        if (endpoint.Policies.Contains(AccessPolicies.SystemAdministrator) && !principal.SystemAdministrator)
        {
            return Access.Forbidden;
        }

        if (endpoint.Actions.Count > 0 && (principal.Role is not { } role || !endpoint.Actions.All(ExpectedPermissions.Table[role].Contains)))
        {
            return Access.Forbidden;
        }

        if (BlindedRoutes.TryGetValue(endpoint.Route, out var unblinded) && !ExpectedPermissions.Table[principal.Role!.Value].Contains(unblinded))
        {
            return Access.Forbidden;
        }

        if (endpoint.HasParticipant && target.Site != SecurityWorld.SiteA && !principal.AllSites)
        {
            return Access.OutOfScope;
        }

        return handler is not null && HandlerActions.TryGetValue(handler, out var extra) && !ExpectedPermissions.Table[principal.Role!.Value].Contains(extra)
            ? Access.Forbidden
            : Access.Allowed;
    }

    private async Task<(int Status, Access Access, bool KnownBody)> SendAsync(DiscoveredEndpoint endpoint, string method, string? handler, Principal principal, SeededParticipant target)
    {
        var url = RouteFiller.Fill(endpoint, _world, target) + (handler is null ? "" : "?handler=" + handler);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        var known = true;
        if (endpoint.IsApi && method is "POST" or "PUT" or "PATCH")
        {
            (var json, known) = MatrixBodies.For(method, endpoint.Route);
            request.Content = MatrixBodies.Content(json);
        }
        else if (!endpoint.IsApi && method == "POST")
        {
            var token = principal.Session is null ? null : await AntiforgeryAsync(principal);
            request.Content = new FormUrlEncodedContent(token is null ? [] : [new("__RequestVerificationToken", token)]);
        }

        HttpClient client;
        HttpClient? own = null;
        if (endpoint.IsApi && !principal.CookieOnApi)
        {
            client = own = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            if (principal.Token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", principal.Token);
            }
        }
        else
        {
            client = principal.Session?.Client ?? (own = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        }

        using var response = await client.SendAsync(request);
        own?.Dispose();
        return ((int)response.StatusCode, Classify(response), known);
    }

    private async Task<string?> AntiforgeryAsync(Principal principal)
    {
        if (!_antiforgery.TryGetValue(principal.Name, out var token))
        {
            var page = await principal.Session!.GetPageAsync("/logout");
            token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            _antiforgery[principal.Name] = token;
        }

        return token;
    }

    internal static Access Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        return status switch
        {
            >= 500 => Access.ServerError,
            401 => Access.Unauthenticated,
            403 => Access.Forbidden,
            404 => Access.OutOfScope,
            >= 300 and < 400 when location.Contains("/login", StringComparison.Ordinal) => Access.Unauthenticated,
            >= 300 and < 400 when location.Contains("/denied", StringComparison.Ordinal) => Access.Forbidden,
            _ => Access.Allowed,
        };
    }

    private static string Render(List<string> columns, List<(string Label, List<string> Cells)> rows)
    {
        var width = rows.Count == 0 ? 10 : rows.Max(r => r.Label.Length);
        var text = new StringBuilder();
        text.Append(new string(' ', width));
        foreach (var c in columns)
        {
            text.Append(" | ").Append(c.PadLeft(Math.Max(c.Length, 5)));
        }

        text.AppendLine();
        foreach (var (label, cells) in rows)
        {
            text.Append(label.PadRight(width));
            for (var i = 0; i < cells.Count; i++)
            {
                text.Append(" | ").Append(cells[i].PadLeft(Math.Max(columns[i].Length, 5)));
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
