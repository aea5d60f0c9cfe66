namespace Myelin.Domain.Protocols;

/// <summary>
/// A validated study protocol: who may join, what they take, when they are seen, what they rate
/// and what is analysed. Built only by <see cref="ProtocolLoader"/>, which checks every reference.
/// </summary>
/// <param name="Format">The format tag of the file, <c>myelin.protocol/1</c>.</param>
/// <param name="Study">The study: id, title, registration, design, enrolment target, sites.</param>
/// <param name="Arms">The arms; exactly one for a single-arm design, two or more when randomised.</param>
/// <param name="Schedule">Treatment and follow-up periods and every scheduled event.</param>
/// <param name="Instruments">Every instrument (diary, labs, screening form), in file order.</param>
/// <param name="Screening">The screening instrument and the eligibility criteria over its items.</param>
/// <param name="Stratification">Severity and etiology strata; null when the protocol has none.</param>
/// <param name="Endpoints">The pre-specified endpoints; exactly one has the primary role.</param>
public sealed record Protocol(
    string Format,
    Study Study,
    IReadOnlyList<Arm> Arms,
    Schedule Schedule,
    IReadOnlyList<Instrument> Instruments,
    Screening? Screening,
    Stratification? Stratification,
    IReadOnlyList<Endpoint> Endpoints)
{
    /// <summary>The format tag this loader reads.</summary>
    public const string CurrentFormat = "myelin.protocol/1";

    /// <summary>The instrument with this id, or null.</summary>
    public Instrument? FindInstrument(string id) => Instruments.FirstOrDefault(i => i.Id == id);

    /// <summary>The instrument with this id; throws <see cref="KeyNotFoundException"/> naming the known ids.</summary>
    public Instrument GetInstrument(string id) => FindInstrument(id)
        ?? throw new KeyNotFoundException($"Protocol '{Study.Id}' has no instrument '{id}'; known: {string.Join(", ", Instruments.Select(i => i.Id))}.");

    /// <summary>The item <paramref name="itemId"/> of instrument <paramref name="instrumentId"/>, or null when either is unknown.</summary>
    public Item? FindItem(string instrumentId, string itemId) => FindInstrument(instrumentId)?.FindItem(itemId);

    /// <summary>The arm with this code, or null.</summary>
    public Arm? FindArm(string code) => Arms.FirstOrDefault(a => a.Code == code);

    /// <summary>The concrete (expanded) event with this id, or null.</summary>
    public ScheduledEvent? FindEvent(string id) => Schedule.Events.FirstOrDefault(e => e.Id == id);

    /// <summary>The primary endpoint.</summary>
    public Endpoint PrimaryEndpoint => Endpoints.First(e => e.Role == EndpointRole.Primary);
}
