using System.Globalization;
using System.Text.RegularExpressions;
using Incidents.Domain.Common;

namespace Incidents.Domain.Pages;

/// <summary>
/// A hostname (status.example.com) that serves one page at its root. Stored normalised — lower
/// case, ASCII (IDN as punycode), no trailing dot — so a request's Host compares ordinally.
/// </summary>
public sealed partial class PageHostname
{
    public const int MaxLength = 253;

    private PageHostname() { }

    public string Name { get; private set; } = string.Empty;

    internal static PageHostname Of(string name) => new() { Name = name };

    /// <summary>The stored form of <paramref name="hostname"/>, or a domain error when it is not a DNS name.</summary>
    public static string Normalize(string? hostname) =>
        TryNormalize(hostname, out var name)
            ? name
            : throw new DomainException(
                "Hostname must be a DNS name such as status.example.com (no scheme, port or path)."
            );

    /// <summary>What a request's Host (without its port) is compared as; false when it cannot name a page.</summary>
    public static bool TryNormalize(string? hostname, out string name)
    {
        name = string.Empty;
        if (string.IsNullOrWhiteSpace(hostname))
        {
            return false;
        }

        var candidate = hostname.Trim();
        if (candidate.EndsWith('.'))
        {
            candidate = candidate[..^1];
        }

        try
        {
            // IDN (bücher.example) → xn--bcher-kva.example; also lower-cases ASCII.
            candidate = new IdnMapping().GetAscii(candidate).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (candidate.Length > MaxLength || !HostnamePattern().IsMatch(candidate))
        {
            return false;
        }

        name = candidate;
        return true;
    }

    // Labels of 1-63 letters, digits or hyphens, not starting or ending with a hyphen; \z, not $.
    [GeneratedRegex(
        @"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\z",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex HostnamePattern();
}
