namespace Myelin.Domain.Records;

/// <summary>
/// What a person may do in one study. A grant gives one role in one study, at one site or at all of them.
/// </summary>
public enum StudyRole
{
    /// <summary>Manages the study: its sites, its staff and their grants; sees and does everything in it.</summary>
    Administrator,

    /// <summary>Screens, enrols, records clinic forms, locks and signs casebooks at the granted site(s).</summary>
    Investigator,

    /// <summary>Screens, enrols and records clinic forms and diary links at the granted site(s); cannot sign or unlock.</summary>
    Coordinator,

    /// <summary>Reads everything at the granted site(s) and its audit trail; changes nothing.</summary>
    Monitor,

    /// <summary>Reads the analysis, the report and the de-identified export; sees no participant pages.</summary>
    Statistician,
}
