using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Api;

/// <summary>Records as the API shows them.</summary>
public static class ParticipantViews
{
    /// <summary>The view of a participant (screening values must be loaded); the arm is <c>blinded</c> when <paramref name="armHidden"/>.</summary>
    public static ParticipantView Of(Participant p, bool armHidden)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ParticipantView(
            p.Code,
            p.SiteId,
            StudiesApi.Kebab(p.Status.ToString()),
            p.Etiology,
            p.Stratum,
            ArmBlinding.Show(p.Arm, armHidden),
            p.EnrolledOn,
            p.WithdrawalReason,
            p.ScreeningValues.OrderBy(v => v.ItemId, StringComparer.Ordinal).ToDictionary(v => v.ItemId, v => v.Value, StringComparer.Ordinal));
    }

    /// <summary>The view of an eligibility outcome.</summary>
    public static CriterionView Of(CriterionOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new CriterionView(o.CriterionId, o.Label, StudiesApi.Kebab(o.Status.ToString()), o.Reason);
    }

    /// <summary>The view of an assessment (item values loaded), items in the instrument's order.</summary>
    public static AssessmentView Of(Assessment a, string participantCode, Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(protocol);
        var instrument = protocol.FindInstrument(a.InstrumentId);
        var order = instrument?.Items.Select((x, i) => (x.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal) ?? new Dictionary<string, int>(StringComparer.Ordinal);
        int Order(string item) => order.GetValueOrDefault(item, int.MaxValue);
        return new AssessmentView(
            a.Id,
            participantCode,
            a.EventId,
            a.InstrumentId,
            StudiesApi.Kebab(a.Source.ToString()),
            a.EnteredBy,
            a.EnteredAt,
            [.. a.Items.OrderBy(v => Order(v.ItemId)).ThenBy(v => v.ItemId, StringComparer.Ordinal).Select(v => new ItemValueView(v.ItemId, v.Value, v.Numeric, v.Unit))],
            a.Note);
    }
}
