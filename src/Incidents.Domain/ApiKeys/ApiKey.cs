using System.Security.Cryptography;
using System.Text;
using Incidents.Domain.Common;

namespace Incidents.Domain.ApiKeys;

/// <summary>
/// A credential for one page's admin API. Only the SHA-256 hash of the key is stored: the keys are
/// 256-bit random values, so a fast hash is enough (nothing to brute-force), and it lets the lookup
/// be one indexed equality.
/// </summary>
public sealed class ApiKey : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const string KeyPrefix = "inc_";
    private const int PrefixLength = 12;

    private ApiKey() { }

    public Guid PageId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The first characters of the key, shown so people can recognise which key is which.</summary>
    public string Prefix { get; private set; } = string.Empty;

    public string Hash { get; private set; } = string.Empty;

    public ApiKeyRole Role { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public static IssuedApiKey Issue(
        Guid pageId,
        string name,
        ApiKeyRole role,
        DateTimeOffset now
    ) =>
        FromPlaintext(
            pageId,
            name,
            role,
            KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32)),
            now
        );

    /// <summary>Registers a key whose plaintext was chosen elsewhere (the configured bootstrap key).</summary>
    public static IssuedApiKey FromPlaintext(
        Guid pageId,
        string name,
        ApiKeyRole role,
        string plaintextKey,
        DateTimeOffset now
    )
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new DomainException($"Name is required and at most {NameMaxLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(plaintextKey) || plaintextKey.Length < 16)
        {
            throw new DomainException("An API key must be at least 16 characters.");
        }

        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            Name = name.Trim(),
            Prefix = plaintextKey[..Math.Min(PrefixLength, plaintextKey.Length)],
            Hash = ComputeHash(plaintextKey),
            Role = role,
            CreatedAt = now,
        };
        return new IssuedApiKey(key, plaintextKey);
    }

    public static string ComputeHash(string plaintextKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plaintextKey)));

    public bool Allows(ApiKeyRole required) => !IsRevoked && Role >= required;

    public void Revoke(DateTimeOffset now)
    {
        if (IsRevoked)
        {
            throw new DomainException("API key already revoked.");
        }

        RevokedAt = now;
        Raise(new ApiKeyRevoked(Id, PageId, now));
    }

    /// <summary>
    /// Revocation through the page's own admin API: the page must keep an active Admin key, or
    /// nobody could manage its keys, subscribers or audit over the API again (only the operator's
    /// CLI could). <paramref name="pageKeys"/> are the page's keys, this one included.
    /// </summary>
    public void RevokeKeepingAnAdminKey(IEnumerable<ApiKey> pageKeys, DateTimeOffset now)
    {
        if (
            Role == ApiKeyRole.Admin
            && !IsRevoked
            && !pageKeys.Any(k =>
                k.Id != Id && k.PageId == PageId && k.Role == ApiKeyRole.Admin && !k.IsRevoked
            )
        )
        {
            throw new DomainException(LastAdminKeyMessage);
        }

        Revoke(now);
    }

    public const string LastAdminKeyMessage =
        "The page's last Admin key cannot be revoked: create another Admin key first.";

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
