using System.Security.Cryptography;
using System.Text;

namespace Incidents.Application.Integrations.Common;

/// <summary>
/// Grafana's webhook HMAC: hex(HMAC-SHA256(secret, [timestamp + ":"] + raw body)), sent in
/// <c>X-Grafana-Alerting-Signature</c>, the timestamp (Unix seconds) only when Grafana is
/// configured with a timestamp header.
/// </summary>
public static class GrafanaSignature
{
    public const string HeaderName = "X-Grafana-Alerting-Signature";
    public const string TimestampHeaderName = "X-Grafana-Alerting-Signature-Timestamp";

    /// <summary>How far a signed timestamp may be from now: a captured request cannot be replayed later.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public static string Compute(string secret, ReadOnlySpan<byte> body, string? timestamp)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = timestamp is null ? [] : Encoding.UTF8.GetBytes(timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message)
        );
    }

    public static bool Verify(
        string secret,
        ReadOnlySpan<byte> body,
        string? signature,
        string? timestamp
    )
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }

        byte[] presented;
        try
        {
            presented = Convert.FromHexString(signature.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            presented,
            Convert.FromHexString(Compute(secret, body, timestamp))
        );
    }
}
