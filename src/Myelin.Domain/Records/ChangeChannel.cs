namespace Myelin.Domain.Records;

/// <summary>The way a change reached the records.</summary>
public enum ChangeChannel
{
    /// <summary>The <c>myelin</c> command.</summary>
    Cli,

    /// <summary>A file import.</summary>
    Import,

    /// <summary>The web pages (investigators, diary).</summary>
    Web,

    /// <summary>The HTTP API.</summary>
    Api,
}
