using Myelin.Analysis.Data;

namespace Myelin.Analysis.Engine;

/// <summary>What an endpoint result is about: ids and labels, the variable it reads, and whether the protocol named an item rather than a score.</summary>
internal sealed record EndpointSpec(
    string Id, string Label, string Role, string Instrument, string Variable, string FromEvent, string ToEvent, VariableRef Ref, bool IsItem = false);
