using System.Security.Cryptography;
using System.Text;

namespace Incidents.Infrastructure.Notifications.Channels.Webhooks;

/// <summary>
/// Standard Webhooks signing: <c>v1,</c> + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")),
/// where the key is the base64 part of the <c>whsec_</c> secret.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var key = Convert.FromBase64String(
            secret.StartsWith(SecretPrefix, StringComparison.Ordinal)
                ? secret[SecretPrefix.Length..]
                : secret
        );
        var signed = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
