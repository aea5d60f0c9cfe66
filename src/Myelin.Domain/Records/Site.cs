namespace Myelin.Domain.Records;

/// <summary>A site of a study, where participants are screened and seen.</summary>
public sealed class Site
{
    internal Site(string studyId, string id, string name)
    {
        StudyId = studyId;
        Id = Guard.Id(id, $"site id in study '{studyId}'");
        Name = Guard.Text(name, $"name of site '{id}'", 200);
    }

    /// <summary>The study the site belongs to.</summary>
    public string StudyId { get; private set; }

    /// <summary>The site id, unique within the study.</summary>
    public string Id { get; private set; }

    /// <summary>The site name shown to people.</summary>
    public string Name { get; private set; }

    internal void Rename(string name) => Name = Guard.Text(name, $"name of site '{Id}'", 200);
}
