using System.Globalization;

namespace Myelin.Domain.Protocols;

/// <summary>Assigns strata: severity band from a baseline score, etiology stratum from the screening etiology code.</summary>
public static class Stratifier
{
    /// <summary>
    /// The severity band holding <paramref name="baselineScore"/> (band 'from' inclusive, 'to' exclusive).
    /// Throws <see cref="InvalidOperationException"/> when the protocol has no severity strata and
    /// <see cref="ArgumentOutOfRangeException"/> when the score lies below the lowest or above the highest band.
    /// </summary>
    public static SeverityBand AssignSeverity(Protocol protocol, double baselineScore)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var severity = protocol.Stratification?.Severity
            ?? throw new InvalidOperationException($"Protocol '{protocol.Study.Id}' defines no severity strata.");
        return severity.Bands.FirstOrDefault(b => b.Contains(baselineScore))
            ?? throw new ArgumentOutOfRangeException(nameof(baselineScore), baselineScore, string.Create(CultureInfo.InvariantCulture,
                $"Baseline {severity.Score} {baselineScore} falls in no severity band; bands: {string.Join(", ", severity.Bands.Select(Describe))}."));
    }

    /// <summary>
    /// The etiology stratum holding the choice code <paramref name="etiologyCode"/> (e.g. <c>both</c> → the stratum listing it).
    /// Throws <see cref="InvalidOperationException"/> when the protocol has no etiology strata and
    /// <see cref="ArgumentOutOfRangeException"/> when no stratum lists the code.
    /// </summary>
    public static EtiologyStratum AssignEtiology(Protocol protocol, string etiologyCode)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(etiologyCode);
        var etiology = protocol.Stratification?.Etiology
            ?? throw new InvalidOperationException($"Protocol '{protocol.Study.Id}' defines no etiology strata.");
        return etiology.Strata.FirstOrDefault(s => s.Values.Contains(etiologyCode.Trim()))
            ?? throw new ArgumentOutOfRangeException(nameof(etiologyCode), etiologyCode,
                $"Etiology '{etiologyCode}' belongs to no stratum; strata: {string.Join(", ", etiology.Strata.Select(s => $"{s.Code} [{string.Join(", ", s.Values)}]"))}.");
    }

    /// <summary>
    /// Both strata at once; each part is assigned only when the protocol defines it (pass null for a part it does not use).
    /// Throws as <see cref="AssignSeverity"/> and <see cref="AssignEtiology"/> do, and <see cref="ArgumentException"/>
    /// when the protocol defines a part but no value is given for it.
    /// </summary>
    public static StratumAssignment Assign(Protocol protocol, double? baselineScore, string? etiologyCode)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var severity = protocol.Stratification?.Severity is null
            ? null
            : AssignSeverity(protocol, baselineScore ?? throw new ArgumentException("The protocol stratifies by severity; a baseline score is required.", nameof(baselineScore)));
        var etiology = protocol.Stratification?.Etiology is null
            ? null
            : AssignEtiology(protocol, etiologyCode ?? throw new ArgumentException("The protocol stratifies by etiology; an etiology code is required.", nameof(etiologyCode)));
        return new StratumAssignment(severity, etiology);
    }

    /// <summary>
    /// The stratum recorded at enrolment, from the screening values (item id → raw value): the severity band of the
    /// screening form's first VAS item when the protocol stratifies by severity (stratified allocation needs it before
    /// the first dose and before the day-0 diary), else the etiology stratum of the etiology item; null when neither
    /// applies or the value it needs is missing or invalid.
    /// </summary>
    public static string? AtEnrolment(Protocol protocol, IReadOnlyDictionary<string, string?> screeningValues)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(screeningValues);
        var instrument = protocol.Screening is { } s ? protocol.FindInstrument(s.Instrument) : null;
        if (protocol.Stratification?.Severity is not null)
        {
            var vas = instrument?.Items.Where(i => i.Type == ItemType.Vas)
                .Select(i => i.Validate(screeningValues.GetValueOrDefault(i.Id)).Number)
                .FirstOrDefault(n => n is not null);
            return vas is { } score ? AssignSeverity(protocol, score).Code : null;
        }

        return EtiologyAtEnrolment(protocol, screeningValues)?.Code;
    }

    /// <summary>The etiology stratum of the screening etiology item's value; null when the protocol has none or the value is missing or belongs to no stratum.</summary>
    public static EtiologyStratum? EtiologyAtEnrolment(Protocol protocol, IReadOnlyDictionary<string, string?> screeningValues)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(screeningValues);
        return protocol.Stratification?.Etiology is { } etiology
            && screeningValues.GetValueOrDefault(etiology.Item) is { } code && !string.IsNullOrWhiteSpace(code)
            ? etiology.Strata.FirstOrDefault(st => st.Values.Contains(code.Trim()))
            : null;
    }

    private static string Describe(SeverityBand band) => band.To is { } to
        ? string.Create(CultureInfo.InvariantCulture, $"{band.Code} [{band.From}, {to})")
        : string.Create(CultureInfo.InvariantCulture, $"{band.Code} [{band.From}, ∞)");
}
