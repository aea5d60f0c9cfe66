namespace Myelin.Domain.Records;

/// <summary>
/// A study as stored: its id (e.g. <c>k2-7-preliminary</c>), title, every version of its protocol and its sites.
/// The protocol itself is kept as its YAML text; the protocol model reads it.
/// </summary>
public sealed class Study
{
    private readonly List<ProtocolVersion> _protocolVersions = [];
    private readonly List<Site> _sites = [];

    private Study(string id, string title, DateTimeOffset createdAt)
    {
        Id = id;
        Title = title;
        CreatedAt = createdAt;
    }

    /// <summary>The study id from the protocol, e.g. <c>k2-7-preliminary</c>; unique in the database.</summary>
    public string Id { get; private set; }

    /// <summary>The study title from the current protocol.</summary>
    public string Title { get; private set; }

    /// <summary>When the study was first stored (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Every protocol version, numbered 1..n in the order they were added.</summary>
    public IReadOnlyList<ProtocolVersion> ProtocolVersions => _protocolVersions;

    /// <summary>The sites that may enrol participants.</summary>
    public IReadOnlyList<Site> Sites => _sites;

    /// <summary>The latest protocol version, or null when none has been added (or the versions were not loaded).</summary>
    public ProtocolVersion? CurrentProtocol => _protocolVersions.Count == 0 ? null : _protocolVersions.MaxBy(v => v.Number);

    /// <summary>Creates a study with no protocol version and no sites yet.</summary>
    /// <param name="id">The study id: letters, digits, '.', '_', '-' (at most 64 characters).</param>
    /// <param name="title">The title, 1 to 2000 characters.</param>
    /// <param name="at">When it is created (UTC).</param>
    public static Study Create(string id, string title, DateTimeOffset at) =>
        new(Guard.Id(id, "study id"), Guard.Text(title, $"title of study '{id}'"), UtcInstant.Require(at, "study creation time"));

    /// <summary>Changes the title, e.g. when a new protocol version renames the study.</summary>
    public void Retitle(string title) => Title = Guard.Text(title, $"title of study '{Id}'");

    /// <summary>
    /// Adds <paramref name="yaml"/> as the next protocol version, unless its SHA-256 content hash equals that of the
    /// current (latest) version, in which case the current version is returned and nothing is added. Returning to an
    /// earlier text after a change is a new version, because what is current has changed.
    /// The versions must be loaded (include them when querying).
    /// </summary>
    /// <param name="yaml">The protocol file's text, exactly as read.</param>
    /// <param name="createdBy">Who adds it (user name or <c>import:&lt;file&gt;</c>).</param>
    /// <param name="at">When it is added (UTC).</param>
    /// <returns>The new version, or the current one when the text is unchanged.</returns>
    public ProtocolVersion AddProtocolVersion(string yaml, string createdBy, DateTimeOffset at)
    {
        var hash = ProtocolVersion.ComputeHash(yaml);
        var current = CurrentProtocol;
        if (current is not null && current.ContentHash == hash)
        {
            return current;
        }

        var version = new ProtocolVersion(Id, (current?.Number ?? 0) + 1, yaml, hash, createdBy, at);
        _protocolVersions.Add(version);
        return version;
    }

    /// <summary>The site with this id, or null.</summary>
    public Site? FindSite(string siteId) => _sites.Find(s => s.Id == siteId);

    /// <summary>
    /// Adds a site, or renames it when a site with this id exists. The sites must be loaded.
    /// </summary>
    /// <param name="siteId">The site id from the protocol, e.g. <c>mumbai-nair</c>.</param>
    /// <param name="name">The site name shown to people.</param>
    /// <returns>The added or renamed site.</returns>
    public Site AddOrRenameSite(string siteId, string name)
    {
        var existing = FindSite(siteId);
        if (existing is not null)
        {
            existing.Rename(name);
            return existing;
        }

        var site = new Site(Id, siteId, name);
        _sites.Add(site);
        return site;
    }
}
