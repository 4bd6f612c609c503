using System.Security.Cryptography;
using System.Text;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Common;

namespace Incidents.Domain.Tests.ApiKeys;

public class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Issue_WhenValid_StoresOnlyTheSha256HashOfThePlaintext()
    {
        var issued = ApiKey.Issue(Guid.NewGuid(), "ci", ApiKeyRole.Write, Now);
        var key = issued.ApiKey;

        var expectedHash = Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes(issued.PlaintextKey))
        );
        Assert.Equal(expectedHash, key.Hash);
        var storedStrings = typeof(ApiKey)
            .GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string?)p.GetValue(key));
        Assert.DoesNotContain(issued.PlaintextKey, storedStrings);
    }

    [Fact]
    public void Issue_WhenValid_ReturnsRandomPrefixedPlaintextOf256Bits()
    {
        var first = ApiKey.Issue(Guid.NewGuid(), "ci", ApiKeyRole.Read, Now);
        var second = ApiKey.Issue(Guid.NewGuid(), "ci", ApiKeyRole.Read, Now);

        Assert.StartsWith(ApiKey.KeyPrefix, first.PlaintextKey, StringComparison.Ordinal);
        // 32 random bytes in unpadded base64url are 43 characters.
        Assert.Equal(ApiKey.KeyPrefix.Length + 43, first.PlaintextKey.Length);
        Assert.NotEqual(first.PlaintextKey, second.PlaintextKey);
    }

    [Fact]
    public void Issue_WhenValid_KeepsFirstTwelveCharactersAsPrefix()
    {
        var issued = ApiKey.Issue(Guid.NewGuid(), "ci", ApiKeyRole.Read, Now);

        Assert.Equal(issued.PlaintextKey[..12], issued.ApiKey.Prefix);
    }

    [Fact]
    public void FromPlaintext_WhenValid_SetsFields()
    {
        var pageId = Guid.NewGuid();

        var key = ApiKey
            .FromPlaintext(pageId, "  bootstrap  ", ApiKeyRole.Admin, "0123456789abcdefXYZ", Now)
            .ApiKey;

        Assert.Equal(pageId, key.PageId);
        Assert.Equal("bootstrap", key.Name);
        Assert.Equal("0123456789ab", key.Prefix);
        Assert.Equal(ApiKey.ComputeHash("0123456789abcdefXYZ"), key.Hash);
        Assert.Equal(ApiKeyRole.Admin, key.Role);
        Assert.Equal(Now, key.CreatedAt);
        Assert.Null(key.LastUsedAt);
        Assert.False(key.IsRevoked);
    }

    [Fact]
    public void FromPlaintext_WhenKeyIsShorterThan16Characters_ThrowsDomainException()
    {
        var exception = Assert.Throws<DomainException>(() =>
            ApiKey.FromPlaintext(Guid.NewGuid(), "short", ApiKeyRole.Read, "0123456789abcde", Now)
        );

        Assert.Equal("An API key must be at least 16 characters.", exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Issue_WhenNameIsBlank_ThrowsDomainException(string name)
    {
        Assert.Throws<DomainException>(() =>
            ApiKey.Issue(Guid.NewGuid(), name, ApiKeyRole.Read, Now)
        );
    }

    [Fact]
    public void Issue_WhenNameIsTooLong_ThrowsDomainException()
    {
        Assert.Throws<DomainException>(() =>
            ApiKey.Issue(
                Guid.NewGuid(),
                new string('n', ApiKey.NameMaxLength + 1),
                ApiKeyRole.Read,
                Now
            )
        );
    }

    [Theory]
    [InlineData(ApiKeyRole.Read, ApiKeyRole.Read, true)]
    [InlineData(ApiKeyRole.Read, ApiKeyRole.Write, false)]
    [InlineData(ApiKeyRole.Read, ApiKeyRole.Admin, false)]
    [InlineData(ApiKeyRole.Write, ApiKeyRole.Read, true)]
    [InlineData(ApiKeyRole.Write, ApiKeyRole.Write, true)]
    [InlineData(ApiKeyRole.Write, ApiKeyRole.Admin, false)]
    [InlineData(ApiKeyRole.Admin, ApiKeyRole.Read, true)]
    [InlineData(ApiKeyRole.Admin, ApiKeyRole.Write, true)]
    [InlineData(ApiKeyRole.Admin, ApiKeyRole.Admin, true)]
    public void Allows_WhenKeyIsActive_AllowsItsRoleAndThoseBelow(
        ApiKeyRole role,
        ApiKeyRole required,
        bool expected
    )
    {
        var key = ApiKey.Issue(Guid.NewGuid(), "k", role, Now).ApiKey;

        Assert.Equal(expected, key.Allows(required));
    }

    [Fact]
    public void Allows_WhenKeyIsRevoked_AllowsNothing()
    {
        var key = ApiKey.Issue(Guid.NewGuid(), "k", ApiKeyRole.Admin, Now).ApiKey;

        key.Revoke(Now);

        Assert.False(key.Allows(ApiKeyRole.Read));
    }

    [Fact]
    public void Revoke_WhenActive_RaisesApiKeyRevoked_SoEveryInstanceForgetsTheKey()
    {
        var key = ApiKey.Issue(Guid.NewGuid(), "k", ApiKeyRole.Admin, Now).ApiKey;

        key.Revoke(Now);

        var revoked = Assert.IsType<ApiKeyRevoked>(Assert.Single(key.DomainEvents));
        Assert.Equal(key.Id, revoked.ApiKeyId);
        Assert.Equal(key.PageId, revoked.PageId);
    }

    [Fact]
    public void Revoke_WhenActive_RecordsRevocationTime()
    {
        var key = ApiKey.Issue(Guid.NewGuid(), "k", ApiKeyRole.Admin, Now).ApiKey;

        key.Revoke(Now.AddDays(1));

        Assert.True(key.IsRevoked);
        Assert.Equal(Now.AddDays(1), key.RevokedAt);
    }

    [Fact]
    public void Revoke_WhenAlreadyRevoked_ThrowsDomainException()
    {
        var key = ApiKey.Issue(Guid.NewGuid(), "k", ApiKeyRole.Admin, Now).ApiKey;
        key.Revoke(Now);

        var exception = Assert.Throws<DomainException>(() => key.Revoke(Now.AddDays(1)));

        Assert.Equal("API key already revoked.", exception.Message);
        Assert.Equal(Now, key.RevokedAt);
    }

    [Fact]
    public void MarkUsed_WhenCalled_RecordsLastUse()
    {
        var key = ApiKey.Issue(Guid.NewGuid(), "k", ApiKeyRole.Read, Now).ApiKey;

        key.MarkUsed(Now.AddMinutes(3));

        Assert.Equal(Now.AddMinutes(3), key.LastUsedAt);
    }

    [Fact]
    public void RevokeKeepingAnAdminKey_TheLastActiveAdminKey_IsRefusedAndStaysActive()
    {
        var page = Guid.NewGuid();
        var admin = ApiKey.Issue(page, "admin", ApiKeyRole.Admin, Now).ApiKey;
        var writer = ApiKey.Issue(page, "ci", ApiKeyRole.Write, Now).ApiKey;
        var revokedAdmin = ApiKey.Issue(page, "old admin", ApiKeyRole.Admin, Now).ApiKey;
        revokedAdmin.Revoke(Now);
        var otherPagesAdmin = ApiKey
            .Issue(Guid.NewGuid(), "elsewhere", ApiKeyRole.Admin, Now)
            .ApiKey;

        var refused = Assert.Throws<DomainException>(() =>
            admin.RevokeKeepingAnAdminKey([admin, writer, revokedAdmin, otherPagesAdmin], Now)
        );

        Assert.Equal(ApiKey.LastAdminKeyMessage, refused.Message);
        Assert.False(admin.IsRevoked);
    }

    [Fact]
    public void RevokeKeepingAnAdminKey_WithAnotherActiveAdminKey_Revokes()
    {
        var page = Guid.NewGuid();
        var admin = ApiKey.Issue(page, "admin", ApiKeyRole.Admin, Now).ApiKey;
        var second = ApiKey.Issue(page, "second admin", ApiKeyRole.Admin, Now).ApiKey;

        admin.RevokeKeepingAnAdminKey([admin, second], Now);

        Assert.True(admin.IsRevoked);
    }

    [Fact]
    public void RevokeKeepingAnAdminKey_ANonAdminKey_IsRevokedEvenWithNoAdminLeft()
    {
        var writer = ApiKey.Issue(Guid.NewGuid(), "ci", ApiKeyRole.Write, Now).ApiKey;

        writer.RevokeKeepingAnAdminKey([writer], Now);

        Assert.True(writer.IsRevoked);
    }
}
