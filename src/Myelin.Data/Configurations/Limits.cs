namespace Myelin.Data.Configurations;

/// <summary>Column lengths, matching the limits the record types check.</summary>
internal static class Limits
{
    public const int Id = 64;
    public const int Name = 200;
    public const int Text = 2000;
    public const int Unit = 32;
    public const int Enum = 32;
}
