using System.Buffers;
using System.Globalization;
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

    /// <summary>Room on the stack for the decoded key (Standard Webhooks keys are 24–64 bytes).</summary>
    private const int StackKeyBytes = 128;

    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Sign(secret, messageId, timestamp, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>
    /// The same, over a body already encoded (the bytes that are sent). Signs without building
    /// the signed string: a fan-out signs the same body once per subscriber (issue 16).
    /// </summary>
    public static string Sign(
        string secret,
        string messageId,
        long timestamp,
        ReadOnlySpan<byte> body
    )
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(messageId);
        var encodedKey = secret.AsSpan(
            secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? SecretPrefix.Length : 0
        );
        Span<byte> key = stackalloc byte[StackKeyBytes];
        if (Convert.TryFromBase64Chars(encodedKey, key, out var keyLength))
        {
            key = key[..keyLength];
        }
        else
        {
            // A longer key, or not base64 at all (FormatException, as before).
            key = Convert.FromBase64String(encodedKey.ToString());
        }

        // "{id}." + up to 20 digits and a sign + "." + body
        var length = Encoding.UTF8.GetMaxByteCount(messageId.Length) + 23 + body.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var signed = rented.AsSpan();
            var at = Encoding.UTF8.GetBytes(messageId, signed);
            signed[at++] = (byte)'.';
            timestamp.TryFormat(
                signed[at..],
                out var digits,
                provider: CultureInfo.InvariantCulture
            );
            at += digits;
            signed[at++] = (byte)'.';
            body.CopyTo(signed[at..]);
            at += body.Length;
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, signed[..at], hash);
            return "v1," + Convert.ToBase64String(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
