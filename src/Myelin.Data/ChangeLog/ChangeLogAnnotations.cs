namespace Myelin.Data.ChangeLog;

/// <summary>Model annotations the change log reads.</summary>
internal static class ChangeLogAnnotations
{
    /// <summary>On a property of a logged record: its value never enters the change log (a secret such as an allocation key).</summary>
    public const string NotLogged = "Myelin:NotLogged";
}
