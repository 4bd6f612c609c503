using Incidents.Domain.Common;

namespace Incidents.Domain.Subscribers;

/// <summary>
/// The body one notification sends, stored once however many subscribers it goes to: a fan-out
/// to 10,000 webhooks writes one payload and 10,000 small <see cref="Delivery"/> rows that point
/// at it, instead of 10,000 copies of the same JSON written, leased and updated row by row
/// (issue 16, ADR 0169). Never changed once written: every retry sends the same bytes.
/// </summary>
public sealed class DeliveryPayload : Entity
{
    private DeliveryPayload() { }

    /// <summary>The webhook body (JSON); the email and chat channels render their messages from the same document.</summary>
    public string Json { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static DeliveryPayload Create(string json, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(json);
        return new DeliveryPayload
        {
            Id = Guid.CreateVersion7(now),
            Json = json,
            CreatedAt = now,
        };
    }
}
