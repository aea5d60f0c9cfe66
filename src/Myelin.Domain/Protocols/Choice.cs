namespace Myelin.Domain.Protocols;

/// <summary>One answer of a choice item.</summary>
/// <param name="Code">Stored code, e.g. <c>b12</c>.</param>
/// <param name="Label">Display label, e.g. <c>Vitamin B12 deficiency</c>.</param>
public sealed record Choice(string Code, string Label)
{
    /// <summary>The label in the diary languages other than English; none by default.</summary>
    public Translations LabelTranslations { get; init; } = Translations.None;

    /// <summary>The label in a diary language, English where the protocol has no translation.</summary>
    public string LabelIn(string language) => LabelTranslations.In(language, Label);
}
