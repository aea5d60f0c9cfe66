namespace Myelin.Web.Diary;

/// <summary>What became of a diary submission.</summary>
public enum DiaryOutcomeKind
{
    /// <summary>The link is unknown, revoked or malformed (one answer for all three).</summary>
    NotFound,

    /// <summary>The entry was refused; nothing was stored.</summary>
    Invalid,

    /// <summary>The entry was stored.</summary>
    Created,

    /// <summary>The submission id was stored before; the stored assessment is returned and nothing is stored again.</summary>
    Repeated,
}
