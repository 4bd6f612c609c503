using Incidents.Domain.Common;
using Incidents.Domain.Pages;

namespace Incidents.Domain.Tests.Pages;

public class StatusPageAccessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static StatusPage NewPage() => StatusPage.Create("acme", "Acme", Now);

    [Fact]
    public void ChangeAccess_ToPassword_KeepsTheHashAndRaisesTheEvent()
    {
        var page = NewPage();

        page.ChangeAccess(PageVisibility.Password, "hash-1", null, ["192.0.2.1"], Now);

        Assert.Equal(PageVisibility.Password, page.Visibility);
        Assert.Equal("hash-1", page.PasswordHash);
        Assert.Equal(["192.0.2.1/32"], page.IpAllowList);
        Assert.Equal(1, page.AccessVersion);
        var raised = Assert.IsType<PageAccessChanged>(page.DomainEvents.Last());
        Assert.Equal(page.Id, raised.PageId);
    }

    [Fact]
    public void ChangeAccess_OnlyIpRanges_KeepsSessions_ButANewPasswordEndsThem()
    {
        var page = NewPage();
        page.ChangeAccess(PageVisibility.Password, "hash-1", null, null, Now);

        page.ChangeAccess(PageVisibility.Password, null, null, ["10.0.0.0/8"], Now);
        var afterRanges = page.AccessVersion;
        var hashAfterRanges = page.PasswordHash;
        page.ChangeAccess(PageVisibility.Password, "hash-2", null, ["10.0.0.0/8"], Now);

        Assert.Equal(1, afterRanges);
        Assert.Equal("hash-1", hashAfterRanges);
        Assert.Equal("hash-2", page.PasswordHash);
        Assert.Equal(2, page.AccessVersion);
    }

    [Fact]
    public void ChangeAccess_ToPublic_DropsPasswordAndFeedToken()
    {
        var page = NewPage();
        page.ChangeAccess(PageVisibility.Password, "hash-1", null, null, Now);
        page.ReplaceFeedToken(new string('a', StatusPage.FeedTokenHashLength), Now);

        page.ChangeAccess(PageVisibility.Public, null, null, null, Now);

        Assert.Null(page.PasswordHash);
        Assert.Null(page.FeedTokenHash);
    }

    [Fact]
    public void ChangeAccess_Restricted_NormalisesSortsAndDeduplicatesSignIns()
    {
        var page = NewPage();

        page.ChangeAccess(
            PageVisibility.Restricted,
            null,
            ["@Example.org", "example.org", "Ops@Example.com"],
            null,
            Now
        );

        Assert.Equal(["example.org", "ops@example.com"], page.AllowedSignIns);
    }

    [Theory]
    [InlineData(
        PageVisibility.Password,
        null,
        null,
        "Password is required to make the page Password-protected."
    )]
    [InlineData(
        PageVisibility.Restricted,
        null,
        null,
        "AllowedSignIns must list at least one email address or domain for a Restricted page."
    )]
    [InlineData(
        PageVisibility.Public,
        null,
        "10.0.0.0/8",
        "IpAllowList applies to Password and Restricted pages only: a Public page is open to everyone."
    )]
    [InlineData(
        PageVisibility.Restricted,
        "a b",
        null,
        "'a b' is not an email address or a domain (e.g. ops@example.com or example.com)."
    )]
    [InlineData(PageVisibility.Restricted, "ops@", null, "'ops@' is not a valid email address.")]
    [InlineData(
        PageVisibility.Password,
        null,
        "10.0.0.1/8",
        "'10.0.0.1/8' is not an IP range in CIDR notation (e.g. 10.0.0.0/8 or 2001:db8::/32)."
    )]
    public void ChangeAccess_BrokenRule_Throws(
        PageVisibility visibility,
        string? signIn,
        string? range,
        string message
    )
    {
        var page = NewPage();

        var error = Assert.Throws<DomainException>(() =>
            page.ChangeAccess(
                visibility,
                null,
                signIn is null ? null : [signIn],
                range is null ? null : [range],
                Now
            )
        );

        Assert.Equal(message, error.Message);
        Assert.Equal(PageVisibility.Public, page.Visibility);
    }

    [Fact]
    public void FeedToken_OnAPublicPage_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() =>
            NewPage().ReplaceFeedToken(new string('a', StatusPage.FeedTokenHashLength), Now)
        );

        Assert.Equal(
            "A Public page needs no feed token: its feeds and badge are open to everyone.",
            error.Message
        );
    }

    [Theory]
    [InlineData("alice@example.org", true)]
    [InlineData("ALICE@Example.ORG", true)]
    [InlineData("boss@example.com", true)]
    [InlineData("other@example.com", false)]
    [InlineData("alice@sub.example.org", false)]
    [InlineData("alice@example.org.evil.test", false)]
    public void AllowsEmail_MatchesAddressesAndWholeDomainsOnly(string email, bool allowed) =>
        Assert.Equal(allowed, PageAudience.AllowsEmail(["example.org", "boss@example.com"], email));
}
