using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// Generates random and malformed requests over the discovered endpoints from one seeded <see cref="Random"/>: bad
/// JSON, wrong types, numbers out of range, 1 MB strings, unicode junk, wrong or missing content types, garbage
/// authorization, bad paths (encoded slashes, dot segments, long segments, unknown route values), wrong methods and
/// form posts without antiforgery.
/// </summary>
internal sealed class RequestFuzzer(Random random, SecurityWorld world, IReadOnlyList<DiscoveredEndpoint> endpoints)
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    private static readonly string[] Credentials = ["none", "token", "token", "site-token", "cookie", "cookie", "garbage"];

    private static readonly string[] JunkStrings =
    [
        "", " ", "\u0000", "\ud800", "\uffff", "\u202e\u0645\u0631\u062d\u0628\u0627", "😀🧪", "a\r\nb", "../../etc/passwd", "%00", "' OR 1=1 --",
        "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "null", "NaN", "-0", "1e309", new string('9', 400), "\t", "\\", "\"",
    ];

    private static readonly string[] JunkNumbers =
    [
        "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "-0", "0", "-1", "2147483648", "-2147483649", "9223372036854775808",
        "99999999999999999999999999999999999999", "1.7976931348623157e308", "4.9e-324", "0.1e-400", "1.", ".5", "01", "0x10", "1e2",
    ];

    private static readonly string[] BadJson =
    [
        "{", "}", "[", "nul", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "[1,2,", "\"unterminated", "{\"a\":1,}", "{\"a\":1}{\"b\":2}", "\u0000",
        "{\"values\": {\"x\": NaN}}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\u00\"}", "<xml/>", "a=1&b=2", "{\"__proto__\":{}}",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json", "application/json; charset=utf-8", "text/plain", "application/xml",
        "multipart/form-data", "multipart/form-data; boundary=", "application/x-www-form-urlencoded", "application/json; charset=utf-7",
        "garbage", "", "application/problem+json", "*/*", "application/json; charset=\u00e9",
    ];

    private int _number;

    public FuzzRequest Next()
    {
        _number++;
        var what = new List<string>();
        var endpoint = random.Next(10) == 0 ? null : endpoints[random.Next(endpoints.Count)];
        var method = endpoint is null || random.Next(8) == 0 ? Pick(Methods) : Pick(endpoint.Methods);
        var path = endpoint is null ? RandomPath(what) : Path(endpoint, what);
        var credential = endpoint is not null && endpoint.Route.StartsWith("/api/v1/diary", StringComparison.Ordinal) && random.Next(2) == 0 ? "diary" : Pick(Credentials);
        var headers = new List<KeyValuePair<string, string>>();
        if (random.Next(6) == 0)
        {
            headers.Add(BadHeader(what));
        }

        string? contentType = null;
        byte[]? body = null;
        if (method is "POST" or "PUT" or "PATCH" || random.Next(10) == 0)
        {
            (contentType, body) = Body(endpoint, method, what);
        }

        return new FuzzRequest(_number, method, path, credential, headers, contentType, body, string.Join(", ", what));
    }

    private string Path(DiscoveredEndpoint endpoint, List<string> what)
    {
        var target = random.Next(2) == 0 ? world.A : world.B;
        var path = RouteFiller.Fill(endpoint.Pattern, p => random.Next(4) == 0 ? BadRouteValue(p, what) : GoodValue(endpoint, p, target));
        switch (random.Next(12))
        {
            case 0:
                what.Add("dot segments");
                return path + "/../../" + Pick(["api", "d", "studies", "%2e%2e", "..%2f..%2f"]);
            case 1:
                what.Add("encoded slash");
                return path.Replace("/", random.Next(2) == 0 ? "%2F" : "%2f", StringComparison.Ordinal).Insert(0, "/");
            case 2:
                what.Add("extra segment");
                return path + "/" + Uri.EscapeDataString(Pick(JunkStrings));
            case 3:
                what.Add("query junk");
                return path + "?" + Pick(["handler=", "handler=Nope", "handler=%00", "a=" + new string('x', 5000), "%ZZ", "studyId=other&code=PUN-001", "page=-1&size=1e309"]);
            case 4:
                what.Add("double slash");
                return path.Replace("/", "//", StringComparison.Ordinal);
            default:
                return path;
        }
    }

    private string GoodValue(DiscoveredEndpoint endpoint, RoutePatternParameterPart parameter, SeededParticipant target) =>
        parameter.Name switch
        {
            "studyId" => world.StudyId,
            "code" when RouteFiller.IsNumeric(parameter) => Pick(["404", "500", "0", "999"]),
            "code" => target.Code,
            "token" => target.DiaryToken,
            "assessmentId" => target.AssessmentId.ToString(CultureInfo.InvariantCulture),
            "eventId" when RouteFiller.IsNumeric(parameter) => target.AdverseEventId.ToString(CultureInfo.InvariantCulture),
            "eventId" => Pick(["visit-w0", "visit-w4", "diary-w0", "visit-w12"]),
            "instrumentId" => Pick(["labs", "symptoms", "closeout"]),
            "documentName" => "v1",
            "name" when parameter.IsCatchAll => Pick(["site.css", "diary.js", "diary.css"]),
            _ when RouteFiller.IsNumeric(parameter) => "1",
            _ => endpoint.Route.Length > 0 ? "x" : "y",
        };

    private string BadRouteValue(RoutePatternParameterPart parameter, List<string> what)
    {
        what.Add($"bad {parameter.Name}");
        return Pick(
        [
            new string('a', random.Next(1, 3) * 4000),
            "..", ".", "%2e%2e", Uri.EscapeDataString("../.."), Uri.EscapeDataString("a/b"), "%ZZ", "%00", "%FF%FE",
            Uri.EscapeDataString(Pick(JunkStrings)), Pick(JunkNumbers), "-1", "0", "9223372036854775807", "unknown-study",
            Uri.EscapeDataString("MUM-001\u0000"), "mk7-rct-pilot ", Uri.EscapeDataString("😀"), "a;b", "a%20b", "CON", "~",
        ]);
    }

    private string RandomPath(List<string> what)
    {
        what.Add("random path");
        var segments = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(["api", "v1", "studies", "d", "diary", "assets", "..", "%2e", "%2F", "x", world.StudyId, "participants", world.A.Code, "tokens", "audit", "login", new string('z', 3000), "%00", "🧪"]));
        return "/" + string.Join('/', segments);
    }

    private KeyValuePair<string, string> BadHeader(List<string> what)
    {
        what.Add("bad header");
        return Pick(
        [
            new KeyValuePair<string, string>("Accept", Pick(["application/xml", "*/*;q=NaN", new string('a', 10000), "text/html;;;"])),
            new KeyValuePair<string, string>("X-Forwarded-For", Pick(["999.1.1.1", "::ffff:zz", new string('1', 5000)])),
            new KeyValuePair<string, string>("Cookie", Pick(["myelin=" + new string('A', 8000), "myelin=%%%", ".AspNetCore.Antiforgery.x=junk", "myelin="])),
            new KeyValuePair<string, string>("X-Huge", new string('h', 32 * 1024)),
            new KeyValuePair<string, string>("Accept-Language", "\u00ff\u00fe" + new string('-', 500)),
            new KeyValuePair<string, string>("Range", "bytes=-1-99999999999999999999"),
            new KeyValuePair<string, string>("If-Modified-Since", "not a date"),
        ]);
    }

    private (string? ContentType, byte[]? Body) Body(DiscoveredEndpoint? endpoint, string method, List<string> what)
    {
        var contentType = random.Next(5) == 0 ? Pick(ContentTypes) : "application/json";
        if (random.Next(12) == 0)
        {
            what.Add("no content type");
            contentType = null;
        }

        string text;
        switch (random.Next(9))
        {
            case 0:
                what.Add("bad json");
                text = Pick(BadJson);
                break;
            case 1:
                what.Add("1 MB string");
                text = "{\"term\":\"" + new string('x', 1024 * 1024) + "\",\"code\":\"" + new string('y', 1000) + "\"}";
                break;
            case 2:
                what.Add("empty body");
                text = "";
                break;
            case 3:
                what.Add("form without antiforgery");
                contentType = "application/x-www-form-urlencoded";
                text = "Email=" + Uri.EscapeDataString(Pick(JunkStrings)) + "&Password=x&Input.Code=" + Uri.EscapeDataString(Pick(JunkStrings)) + "&Term=" + Uri.EscapeDataString(Pick(JunkStrings));
                break;
            case 4:
                what.Add("random json");
                text = RandomJson(3)?.ToJsonString() ?? "null";
                break;
            default:
                what.Add("mutated valid body");
                text = Mutate(endpoint is null ? "{}" : Valid(endpoint, method));
                break;
        }

        return (contentType, Encoding.UTF8.GetBytes(text));
    }

    private string Valid(DiscoveredEndpoint endpoint, string method) =>
        endpoint.Route.StartsWith("/api/v1/diary", StringComparison.Ordinal)
            ? DiaryIsolationTests.Entry(Pick(["diary-w0", "diary-w1", "visit-w0"])).ToJsonString()
            : MatrixBodies.For(method, endpoint.Route).Json;

    // Replaces one value (or one value inside an object value) of a valid body with a value of the wrong type or
    // out of range, written as raw JSON text so that NaN and 1e309 reach the server as they are.
    private string Mutate(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject root || root.Count == 0)
        {
            return json;
        }

        var key = root.ElementAt(random.Next(root.Count)).Key;
        if (root[key] is JsonObject inner && inner.Count > 0 && random.Next(2) == 0)
        {
            inner[inner.ElementAt(random.Next(inner.Count)).Key] = "__junk__";
        }
        else
        {
            root[key] = "__junk__";
        }

        return root.ToJsonString().Replace("\"__junk__\"", RawJunk(), StringComparison.Ordinal);
    }

    private string RawJunk() => random.Next(6) switch
    {
        0 => Pick(JunkNumbers),
        1 => "\"" + Pick(JunkNumbers) + "\"",
        2 => System.Text.Json.JsonSerializer.Serialize(Pick(JunkStrings)),
        3 => Pick(["true", "false", "null", "[]", "{}", "[null]", "{\"a\":{\"b\":{\"c\":[[[[[]]]]]}}}", "\"2026-02-30\"", "\"0001-01-01\"", "\"9999-12-31T23:59:59Z\""]),
        4 => "\"" + new string('w', random.Next(8) == 0 ? 1024 * 1024 : 70_000) + "\"",
        _ => random.NextInt64().ToString(CultureInfo.InvariantCulture),
    };

    private JsonNode? RandomJson(int depth)
    {
        switch (random.Next(depth <= 0 ? 4 : 6))
        {
            case 0: return JsonValue.Create(Pick(JunkStrings));
            case 1: return JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-10, 300)));
            case 2: return JsonValue.Create(random.Next(2) == 0);
            case 3: return null;
            case 4:
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--)
                {
                    array.Add(RandomJson(depth - 1));
                }

                return array;
            default:
                var obj = new JsonObject();
                foreach (var key in Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pick(["code", "site", "values", "event", "term", "severity", "onset_on", "arm", "enrolled_on", "reason", "submission_id", "doses", "date", "slot", "taken", "x"])).Distinct())
                {
                    obj[key] = RandomJson(depth - 1);
                }

                return obj;
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
