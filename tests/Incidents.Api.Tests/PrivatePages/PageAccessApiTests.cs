using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Audit;
using Incidents.Domain.Pages;
using Incidents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.PrivatePages;

/// <summary>The admin API of page access (Admin keys, audited, validated); run per provider by the derived classes.</summary>
public abstract class PageAccessApiTests
{
    private readonly PrivatePagesFixture _fixture;

    protected PageAccessApiTests(PrivatePagesFixture fixture)
    {
        _fixture = fixture;
        if (fixture.SkipReason is not null)
        {
            Assert.Skip(fixture.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Access_SetAndShown_NeverShowsThePasswordAndIsAudited()
    {
        var page = await _fixture.CreatePageAsync();

        var initial = await page.Http.GetEnvelopeAsync("/api/admin/Page/Access");
        var password = await page.Http.PutJsonAsync(
            "/api/admin/Page/Access",
            new
            {
                Visibility = "password",
                Password = "s3cret-page-password",
                IpAllowList = new[] { "10.1.0.0/16", "192.0.2.1" },
            }
        );
        var restricted = await page.Http.PutJsonAsync(
            "/api/admin/Page/Access",
            new
            {
                Visibility = "Restricted",
                AllowedSignIns = new[] { "Ops@Example.com", "@example.org", "example.org" },
            }
        );
        var shown = await page.Http.GetEnvelopeAsync("/api/admin/Page/Access");
        var stored = await WithDbAsync(db =>
            db.StatusPages.AsNoTracking().SingleAsync(p => p.Id == page.PageId, Ct)
        );
        var audited = await WithDbAsync(db =>
            db.Set<AuditEntry>()
                .CountAsync(e => e.PageId == page.PageId && e.Action == "ChangePageAccess", Ct)
        );

        Assert.Equal("Page access retrieved successfully", initial.Message);
        Assert.Equal("Public", initial.Result.GetProperty("Visibility").GetString());
        Assert.True(password.Success, password.Raw);
        Assert.Equal("Page access changed successfully", password.Message);
        Assert.Equal("Password", password.Result.GetProperty("Visibility").GetString());
        Assert.True(password.Result.GetProperty("HasPassword").GetBoolean());
        Assert.Equal(
            ["10.1.0.0/16", "192.0.2.1/32"],
            password.Result.GetProperty("IpAllowList").EnumerateArray().Select(e => e.GetString())
        );
        Assert.DoesNotContain("s3cret", password.Raw, StringComparison.Ordinal);
        Assert.True(restricted.Success, restricted.Raw);
        Assert.Equal(
            ["example.org", "ops@example.com"],
            shown.Result.GetProperty("AllowedSignIns").EnumerateArray().Select(e => e.GetString())
        );
        Assert.False(shown.Result.GetProperty("HasPassword").GetBoolean());
        Assert.Empty(shown.Result.GetProperty("IpAllowList").EnumerateArray());
        Assert.Equal(PageVisibility.Restricted, stored.Visibility);
        Assert.Null(stored.PasswordHash);
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task PasswordIsStoredHashedWithIdentitysHasher()
    {
        var page = await _fixture.CreatePageAsync();

        await page.Http.PutJsonAsync(
            "/api/admin/Page/Access",
            new { Visibility = "Password", Password = "s3cret-page-password" }
        );
        var stored = await WithDbAsync(db =>
            db.StatusPages.AsNoTracking().SingleAsync(p => p.Id == page.PageId, Ct)
        );

        Assert.NotNull(stored.PasswordHash);
        Assert.DoesNotContain("s3cret", stored.PasswordHash, StringComparison.Ordinal);
        // Identity v3 format: marker byte 0x01, PBKDF2 with a per-hash salt.
        Assert.Equal(0x01, Convert.FromBase64String(stored.PasswordHash)[0]);
    }

    [Theory]
    [InlineData("{}", "Visibility is required.")]
    [InlineData(
        "{\"Visibility\":\"Secret\"}",
        "Visibility must be one of: Public, Password, Restricted."
    )]
    [InlineData(
        "{\"Visibility\":\"1\"}",
        "Visibility must be one of: Public, Password, Restricted."
    )]
    [InlineData(
        "{\"Visibility\":\"Password\"}",
        "Password is required to make the page Password-protected."
    )]
    [InlineData(
        "{\"Visibility\":\"Password\",\"Password\":\"short\"}",
        "Password must be 8-128 characters long."
    )]
    [InlineData(
        "{\"Visibility\":\"Restricted\"}",
        "AllowedSignIns must list at least one email address or domain for a Restricted page."
    )]
    [InlineData(
        "{\"Visibility\":\"Restricted\",\"AllowedSignIns\":[\"not an address\"]}",
        "'not an address' is not an email address or a domain (e.g. ops@example.com or example.com)."
    )]
    [InlineData(
        "{\"Visibility\":\"Password\",\"Password\":\"long enough\",\"IpAllowList\":[\"10.0.0.1/8\"]}",
        "'10.0.0.1/8' is not an IP range in CIDR notation (e.g. 10.0.0.0/8 or 2001:db8::/32)."
    )]
    [InlineData(
        "{\"Visibility\":\"Public\",\"IpAllowList\":[\"10.0.0.0/8\"]}",
        "IpAllowList applies to Password and Restricted pages only: a Public page is open to everyone."
    )]
    [InlineData(
        "{\"Visibility\":\"Password\",\"Password\":\"long enough\",\"AllowedSignIns\":[\"example.org\"]}",
        "AllowedSignIns applies to Restricted pages only."
    )]
    public async Task Access_BadInput_Is400WithItsMessage_AndChangesNothing(
        string body,
        string message
    )
    {
        var page = await _fixture.CreatePageAsync();

        var refused = await page.Http.PutJsonAsync("/api/admin/Page/Access", body);
        var shown = await page.Http.GetEnvelopeAsync("/api/admin/Page/Access");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(refused.Success);
        Assert.Equal(message, refused.Message);
        Assert.Equal("Public", shown.Result.GetProperty("Visibility").GetString());
    }

    [Fact]
    public async Task FeedToken_OnAPublicPage_Is400()
    {
        var page = await _fixture.CreatePageAsync();

        var refused = await page.Http.PostJsonAsync("/api/admin/Page/FeedToken", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(
            "A Public page needs no feed token: its feeds and badge are open to everyone.",
            refused.Message
        );
    }

    private async Task<T> WithDbAsync<T>(Func<IncidentsDbContext, Task<T>> action)
    {
        await using var scope = _fixture.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IncidentsDbContext>());
    }
}
