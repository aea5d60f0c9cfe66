namespace Myelin.Domain.Protocols;

/// <summary>Etiology strata from a choice item of the screening instrument.</summary>
/// <param name="Item">Screening choice item id, e.g. <c>etiology</c>.</param>
/// <param name="Strata">Strata, each gathering one or more choice codes; a code belongs to at most one stratum.</param>
public sealed record EtiologyStratification(string Item, IReadOnlyList<EtiologyStratum> Strata);
