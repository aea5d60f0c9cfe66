namespace Myelin.Analysis.Results;

/// <summary>The study an analysis belongs to.</summary>
/// <param name="Id">Study id from the protocol.</param>
/// <param name="Title">Study title.</param>
/// <param name="ProtocolVersion">Protocol version label.</param>
/// <param name="Design"><c>single-arm-open-label</c> or <c>randomised</c>.</param>
/// <param name="Arms">Arm codes in protocol order.</param>
public sealed record StudyInfo(string Id, string Title, string ProtocolVersion, string Design, IReadOnlyList<string> Arms);
