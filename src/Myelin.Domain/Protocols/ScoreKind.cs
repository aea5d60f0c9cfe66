namespace Myelin.Domain.Protocols;

/// <summary>How a score is derived; YAML key <c>item</c> or <c>mean_of</c>.</summary>
public enum ScoreKind
{
    /// <summary>The value of one item (e.g. the overall score is the global VAS).</summary>
    Item,

    /// <summary>The mean of the items that have values, when at least <c>min_items</c> do.</summary>
    Mean,
}
