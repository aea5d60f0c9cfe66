using System.Globalization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Myelin.Web.Tests.Security;

/// <summary>Turns a route pattern into a URL for one participant of the <see cref="SecurityWorld"/>.</summary>
internal static class RouteFiller
{
    public static string Fill(DiscoveredEndpoint endpoint, SecurityWorld world, SeededParticipant target) =>
        Fill(endpoint.Pattern, parameter => ValueFor(parameter, world, target));

    public static string Fill(RoutePattern pattern, Func<RoutePatternParameterPart, string> value)
    {
        var path = new System.Text.StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        path.Append(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        path.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart parameter:
                        path.Append(parameter.IsCatchAll ? value(parameter) : Uri.EscapeDataString(value(parameter)));
                        break;
                }
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    public static bool IsNumeric(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "int" or "long");

    private static string ValueFor(RoutePatternParameterPart parameter, SecurityWorld world, SeededParticipant target) => parameter.Name switch
    {
        "studyId" => world.StudyId,
        "code" when IsNumeric(parameter) => "404",
        "code" => target.Code,
        "token" => target.DiaryToken,
        "assessmentId" => target.AssessmentId.ToString(CultureInfo.InvariantCulture),
        "aeId" or "adverseEventId" => target.AdverseEventId.ToString(CultureInfo.InvariantCulture),
        "eventId" when IsNumeric(parameter) => target.AdverseEventId.ToString(CultureInfo.InvariantCulture),
        "eventId" => "visit-w0",
        "instrumentId" or "instrument" => "labs",
        "participantId" => target.Id.ToString(CultureInfo.InvariantCulture),
        "documentName" => "v1",
        "name" when parameter.IsCatchAll => "site.css",
        "siteId" or "site" => target.Site,
        _ when IsNumeric(parameter) => "1",
        _ => "x",
    };
}
