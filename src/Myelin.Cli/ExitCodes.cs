namespace Myelin.Cli;

/// <summary>The command's exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The operation ran and found a problem (e.g. a failed check).</summary>
    public const int Failed = 1;

    /// <summary>Bad input: nothing was done.</summary>
    public const int BadInput = 2;
}
