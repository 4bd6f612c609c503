using System.Security.Cryptography;
using System.Text;

namespace Incidents.Application.Pages.Common;

/// <summary>Feed tokens are stored and compared as SHA-256 hex (random 256-bit tokens need no slow hash, as API keys).</summary>
public static class PageFeedToken
{
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Constant-time comparison of a presented token with the stored hash.</summary>
    public static bool Matches(string? storedHash, string? presented) =>
        storedHash is not null
        && !string.IsNullOrEmpty(presented)
        && presented.Length <= 256
        && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(presented)),
            Encoding.ASCII.GetBytes(storedHash)
        );
}
