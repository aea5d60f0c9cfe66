using Myelin.Reports.Model;

namespace Myelin.Reports.Html.Sections;

/// <summary>Small shared wordings of the sections.</summary>
internal static class Models
{
    public static string ReportGroupingLabel(ReportContext ctx, string by, string level) => ReportGrouping.Label(ctx.Protocol, by, level);
}
