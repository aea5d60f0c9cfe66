namespace Myelin.Domain.Protocols.Loading;

/// <summary>A participant-facing text as read: its English text, its translations and where it sits in the document.</summary>
internal sealed record TranslatableText(string English, Translations Translations, string Path);
