namespace Myelin.Domain.Protocols;

/// <summary>Endpoint role; YAML values <c>primary</c>, <c>secondary</c>, <c>exploratory</c>.</summary>
public enum EndpointRole
{
    /// <summary>The one primary endpoint.</summary>
    Primary,

    /// <summary>A secondary endpoint.</summary>
    Secondary,

    /// <summary>An exploratory endpoint.</summary>
    Exploratory,
}
