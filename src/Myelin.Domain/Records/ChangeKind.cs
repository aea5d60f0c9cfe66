namespace Myelin.Domain.Records;

/// <summary>What happened to a record in a change-log row.</summary>
public enum ChangeKind
{
    /// <summary>The record was added.</summary>
    Added,

    /// <summary>A property of the record changed.</summary>
    Modified,

    /// <summary>The record was deleted.</summary>
    Deleted,
}
