namespace Myelin.Reports.Model;

/// <summary>One arm's column of the flow diagram.</summary>
internal sealed record FlowArm(
    string Code,
    string Label,
    int Allocated,
    int Withdrawn,
    IReadOnlyList<FlowReason> WithdrawalReasons,
    int Completed,
    int Ongoing,
    int Analysed,
    IReadOnlyList<FlowReason> NotAnalysed);
