using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.PageAccess;

/// <summary>
/// Sessions and sign-in links of non-public pages as ASP.NET Core Data Protection payloads
/// (authenticated encryption; keys shared by every instance through the key ring, ADR 0121).
/// Each kind has its own purpose, so a link is never a session and the reverse. The expiry is in
/// the payload and checked against the injected clock.
/// </summary>
public sealed class PageAccessTokens(
    IDataProtectionProvider provider,
    TimeProvider timeProvider,
    IOptions<PageAccessOptions> options
)
{
    private readonly IDataProtector _sessions = provider.CreateProtector(
        "Incidents.PageAccess.Session.v1"
    );
    private readonly IDataProtector _links = provider.CreateProtector(
        "Incidents.PageAccess.SignInLink.v1"
    );

    public TimeSpan SessionLifetime => options.Value.SessionLifetime;

    public string CreateSession(Guid pageId, int accessVersion, string subject) =>
        Create(_sessions, pageId, accessVersion, subject, options.Value.SessionLifetime);

    public PageAccessTicket? ReadSession(string? value) => Read(_sessions, value);

    public string CreateLink(Guid pageId, int accessVersion, string email) =>
        Create(_links, pageId, accessVersion, email, options.Value.SignInLinkLifetime);

    public PageAccessTicket? ReadLink(string? value) => Read(_links, value);

    private string Create(
        IDataProtector protector,
        Guid pageId,
        int accessVersion,
        string subject,
        TimeSpan lifetime
    )
    {
        var expires = timeProvider.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return protector.Protect(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{pageId:N}|{accessVersion}|{expires}|{subject}"
            )
        );
    }

    private PageAccessTicket? Read(IDataProtector protector, string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 2048)
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null; // tampered, another purpose, or a key no instance has
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = payload.Split('|', 4);
        if (
            parts.Length != 4
            || !Guid.TryParseExact(parts[0], "N", out var pageId)
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var version)
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expiresUnix)
        )
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(expiresUnix);
        return expires <= timeProvider.GetUtcNow()
            ? null
            : new PageAccessTicket(pageId, version, parts[3], expires);
    }
}
