using System.ComponentModel.DataAnnotations;

namespace Myelin.Web.Diary;

/// <summary>
/// The participant diary's settings, bound from the <c>Myelin:Diary</c> configuration section and checked at start.
/// </summary>
public sealed class DiaryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Myelin:Diary";

    /// <summary>
    /// The participants' offset from UTC, which decides their local date: what is due "today" and which day a dose
    /// belongs to. Default +05:30, India Standard Time: the studies ran in Mumbai, and India has kept +05:30 all
    /// year, with no daylight saving, since 1945 — so a fixed offset is exact there and needs no time-zone database
    /// on the server. Between -14:00 and +14:00.
    /// </summary>
    [Range(typeof(TimeSpan), "-14:00:00", "14:00:00")]
    public TimeSpan UtcOffset { get; set; } = new(5, 30, 0);

    /// <summary>
    /// Requests one diary link may make per minute, page and API together (rate limit policy <see cref="DiaryApi.RateLimitPolicy"/>);
    /// default 60, far above a participant's needs and far below what guessing or flooding takes. 1 to 100000.
    /// </summary>
    [Range(1, 100_000)]
    public int PermitsPerMinute { get; set; } = 60;

    /// <summary>Longest diary note, in characters (after trimming): 1000, what the assessment keeps (<see cref="Domain.Records.Assessment.MaxNoteLength"/>).</summary>
    public const int MaxNoteLength = Domain.Records.Assessment.MaxNoteLength;

    /// <summary>Largest API request body read, in bytes: 64 KiB, far above any diary entry.</summary>
    public const int MaxBodyBytes = 64 * 1024;
}
