using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Web.Diary;

/// <summary>The participant a working diary link reaches, with the study's current protocol.</summary>
/// <param name="Participant">The participant (tracked by the request's context).</param>
/// <param name="Protocol">The study's current protocol.</param>
public sealed record DiaryParticipant(Participant Participant, Protocol Protocol);
