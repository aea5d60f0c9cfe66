namespace Myelin.Domain.Records;

/// <summary>
/// The spelling of "who entered it" for records not entered by a named user:
/// <c>diary:&lt;participant code&gt;</c> and <c>import:&lt;file name&gt;</c>.
/// </summary>
public static class EnteredBy
{
    /// <summary>The prefix for entries made through a participant's diary.</summary>
    public const string DiaryPrefix = "diary:";

    /// <summary>The prefix for entries made by a file import.</summary>
    public const string ImportPrefix = "import:";

    /// <summary><c>diary:&lt;participantCode&gt;</c>.</summary>
    public static string Diary(string participantCode) => DiaryPrefix + Guard.Id(participantCode, "participant code");

    /// <summary><c>import:&lt;fileName&gt;</c>; pass the file name, not a full path, so records do not leak folder names.</summary>
    public static string Import(string fileName) => ImportPrefix + Guard.Text(fileName, "import file name", 200);
}
