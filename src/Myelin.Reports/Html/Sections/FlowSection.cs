using Myelin.Reports.Charts;

namespace Myelin.Reports.Html.Sections;

/// <summary>The participant flow diagram (CONSORT item 13).</summary>
internal static class FlowSection
{
    public const string Id = "flow";

    public static void Write(HtmlWriter html, ReportContext ctx)
    {
        html.Section(Id, "Participant flow");
        if (ctx.Inputs.Flow?.Screened is null)
        {
            html.P("Screening counts were not given to the report, so the flow starts at enrolment.");
        }

        ctx.AddFigure(html, Figures.Flow(ctx.Data, ctx.Inputs.Flow));
        html.EndSection();
    }
}
