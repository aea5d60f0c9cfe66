namespace Myelin.Domain.Protocols;

/// <summary>A pre-specified endpoint: a derived variable between two events.</summary>
/// <param name="Id">Endpoint id, e.g. <c>primary-overall-change</c>.</param>
/// <param name="Label">Display label.</param>
/// <param name="Role">Primary, secondary or exploratory; exactly one endpoint is primary.</param>
/// <param name="Kind">Change, percent change or responder.</param>
/// <param name="Instrument">Instrument id.</param>
/// <param name="Score">Score id within the instrument; null when <paramref name="Item"/> is set.</param>
/// <param name="Item">Numeric item id within the instrument; null when <paramref name="Score"/> is set.</param>
/// <param name="FromEvent">The reference (baseline) event.</param>
/// <param name="ToEvent">The later event; its day is after the from-event's.</param>
/// <param name="ReductionPercent">Responder: at least this % reduction from the from-event (e.g. 30, 50; IMMPACT).</param>
/// <param name="ReductionPoints">Responder: at least this many points reduction (e.g. 2; Farrar 2001).</param>
public sealed record Endpoint(
    string Id,
    string Label,
    EndpointRole Role,
    EndpointKind Kind,
    string Instrument,
    string? Score,
    string? Item,
    string FromEvent,
    string ToEvent,
    double? ReductionPercent,
    double? ReductionPoints)
{
    /// <summary>The score or item id the endpoint is computed on.</summary>
    public string Variable => Score ?? Item!;
}
