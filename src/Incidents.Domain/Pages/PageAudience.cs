using System.Net;
using System.Net.Mail;
using Incidents.Domain.Common;

namespace Incidents.Domain.Pages;

/// <summary>
/// The rules of a page's audience entries: an allowed sign-in is an email address
/// (<c>ops@example.com</c>) or a whole domain (<c>example.com</c> or <c>@example.com</c>), stored
/// lower-case; an IP range is CIDR (<c>10.0.0.0/8</c>, <c>2001:db8::/32</c>) or one address.
/// </summary>
public static class PageAudience
{
    public const int MaxEntries = 100;
    public const int EntryMaxLength = 254;

    public static string NormalizeSignIn(string? entry)
    {
        var value = (entry ?? string.Empty).Trim().ToLowerInvariant();
        if (value.StartsWith('@'))
        {
            value = value[1..];
        }

        if (value.Length is 0 or > EntryMaxLength || value.Any(char.IsWhiteSpace))
        {
            throw new DomainException(
                $"'{entry}' is not an email address or a domain (e.g. ops@example.com or example.com)."
            );
        }

        if (value.Contains('@'))
        {
            if (!MailAddress.TryCreate(value, out var address) || address.Address != value)
            {
                throw new DomainException($"'{entry}' is not a valid email address.");
            }

            return value;
        }

        if (!PageHostname.TryNormalize(value, out var domain))
        {
            throw new DomainException($"'{entry}' is not a valid domain.");
        }

        return domain;
    }

    /// <summary>A network in its canonical CIDR form; a single address becomes /32 or /128.</summary>
    public static string NormalizeIpRange(string? entry)
    {
        var value = (entry ?? string.Empty).Trim();
        if (!value.Contains('/') && IPAddress.TryParse(value, out var single))
        {
            value +=
                single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                    ? "/32"
                    : "/128";
        }

        // A base address with host bits set (10.0.0.1/8) is refused, not silently widened.
        if (
            value.Length > EntryMaxLength
            || !IPNetwork.TryParse(value, out var network)
            || !IPAddress.TryParse(value.AsSpan(0, value.IndexOf('/')), out var given)
            || !given.Equals(network.BaseAddress)
        )
        {
            throw new DomainException(
                $"'{entry}' is not an IP range in CIDR notation (e.g. 10.0.0.0/8 or 2001:db8::/32)."
            );
        }

        return network.ToString();
    }

    /// <summary>True when <paramref name="email"/> is listed, or its domain is.</summary>
    public static bool AllowsEmail(IEnumerable<string> signIns, string email)
    {
        var address = email.Trim().ToLowerInvariant();
        var at = address.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var domain = address[(at + 1)..];
        return signIns.Any(s => s == address || (!s.Contains('@') && s == domain));
    }
}
