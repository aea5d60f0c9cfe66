using Myelin.Domain.Records;

namespace Myelin.Domain.Tests.Records;

public sealed class StudyTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Content_hash_is_sha256_of_the_utf8_text()
    {
        // FIPS 180-2 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ProtocolVersion.ComputeHash("abc"));
    }

    [Fact]
    public void Versions_are_numbered_and_the_same_text_adds_none()
    {
        var study = Study.Create("k2-7-preliminary", "K2-7", At);
        var v1 = study.AddProtocolVersion("a: 1\n", "alice", At);
        Assert.Same(v1, study.AddProtocolVersion("a: 1\n", "bob", At.AddDays(1)));
        var v2 = study.AddProtocolVersion("a: 2\n", "bob", At.AddDays(2));
        Assert.Equal((1, 2), (v1.Number, v2.Number));
        Assert.Same(v2, study.CurrentProtocol);
        Assert.Equal(("bob", At.AddDays(2)), (v2.CreatedBy, v2.CreatedAt));
    }

    [Fact]
    public void Returning_to_an_earlier_text_is_a_new_version()
    {
        var study = Study.Create("k2-7-preliminary", "K2-7", At);
        study.AddProtocolVersion("a: 1\n", "alice", At);
        study.AddProtocolVersion("a: 2\n", "alice", At);
        var v3 = study.AddProtocolVersion("a: 1\n", "alice", At);
        Assert.Equal(3, v3.Number);
        Assert.Equal(study.ProtocolVersions[0].ContentHash, v3.ContentHash);
    }

    [Fact]
    public void An_empty_protocol_is_refused()
    {
        var study = Study.Create("k2-7-preliminary", "K2-7", At);
        var e = Assert.Throws<DomainRuleException>(() => study.AddProtocolVersion("  ", "alice", At));
        Assert.Contains("protocol version 1 of study 'k2-7-preliminary' is empty", e.Message, StringComparison.Ordinal);
        Assert.Empty(study.ProtocolVersions);
    }

    [Fact]
    public void A_site_added_again_is_renamed_not_duplicated()
    {
        var study = Study.Create("k2-7-preliminary", "K2-7", At);
        var site = study.AddOrRenameSite("mumbai", "Nair");
        Assert.Same(site, study.AddOrRenameSite("mumbai", "Nair Hospital"));
        Assert.Equal("Nair Hospital", Assert.Single(study.Sites).Name);
        Assert.Null(study.FindSite("pune"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("this-id-is-far-too-long-to-be-a-study-id-because-it-has-more-than-64-chars")]
    public void Malformed_study_ids_are_refused(string id)
    {
        var e = Assert.Throws<DomainRuleException>(() => Study.Create(id, "T", At));
        Assert.Contains("study id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_are_kept_to_whole_microseconds()
    {
        var study = Study.Create("s", "T", At.AddTicks(1234567));
        Assert.Equal(At.AddTicks(1234560), study.CreatedAt);
    }
}
