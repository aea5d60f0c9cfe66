namespace Myelin.Web.Api;

/// <summary>A site of a study.</summary>
/// <param name="Id">The site id from the protocol.</param>
/// <param name="Name">The site's name.</param>
public sealed record SiteView(string Id, string Name);
