namespace Myelin.Analysis.Results;

/// <summary>Each symptom item as a secondary endpoint, with Holm's adjustment across the items (all participants).</summary>
/// <param name="Instrument">The primary endpoint's instrument.</param>
/// <param name="FromEvent">Baseline event.</param>
/// <param name="ToEvent">Follow-up event.</param>
/// <param name="Adjustment">Always <c>holm</c> (Holm 1979, as R's p.adjust).</param>
/// <param name="Items">One per numeric item other than the primary variable, in instrument order.</param>
public sealed record SymptomItemsResult(string Instrument, string FromEvent, string ToEvent, string Adjustment, IReadOnlyList<SymptomItemResult> Items);
