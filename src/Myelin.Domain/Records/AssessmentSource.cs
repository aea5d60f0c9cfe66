namespace Myelin.Domain.Records;

/// <summary>Where an assessment was entered from.</summary>
public enum AssessmentSource
{
    /// <summary>The participant's own diary (web or paper transcribed by the participant link).</summary>
    Diary,

    /// <summary>A clinic form entered by site staff.</summary>
    Clinic,

    /// <summary>A file import (CSV, REDCap, ODM).</summary>
    Import,
}
