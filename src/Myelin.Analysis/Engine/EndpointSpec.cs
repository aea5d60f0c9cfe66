using Myelin.Analysis.Data;

namespace Myelin.Analysis.Engine;

/// <summary>What an endpoint result is about: ids and labels, and the variable it reads.</summary>
internal sealed record EndpointSpec(
    string Id, string Label, string Role, string Instrument, string Variable, string FromEvent, string ToEvent, VariableRef Ref);
