namespace Myelin.Domain.Protocols;

/// <summary>One computed instrument score.</summary>
/// <param name="ScoreId">The score.</param>
/// <param name="Value">The score; null when too few items have values.</param>
/// <param name="ItemsUsed">How many items had values and were used.</param>
/// <param name="MissingReason">Why the score is null (which items are missing, how many are needed); null when computed.</param>
public sealed record ScoreResult(string ScoreId, double? Value, int ItemsUsed, string? MissingReason);
