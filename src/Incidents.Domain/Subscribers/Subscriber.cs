using System.Net.Mail;
using System.Security.Cryptography;
using Incidents.Domain.Common;

namespace Incidents.Domain.Subscribers;

/// <summary>
/// Someone to notify about a page's events: an email address, a webhook URL or a chat channel
/// (Slack, Teams, Discord), optionally limited to some components and event types. Email
/// subscribers who signed up themselves are inactive until they confirm (double opt-in); a
/// webhook answering 410 Gone, or a chat platform saying the channel is gone, is disabled. An
/// email subscriber may follow one incident only (<see cref="IncidentId"/>): it hears about that
/// incident alone, and its subscription ends when the incident resolves, or when its postmortem
/// is published if the visitor chose so.
/// </summary>
public sealed class Subscriber : AggregateRoot
{
    public const int EmailMaxLength = 254;
    public const int UrlMaxLength = 2000;
    public const string SecretPrefix = "whsec_";

    private List<Guid> _componentIds = [];
    private List<string> _eventTypes = [];

    private Subscriber() { }

    public Guid PageId { get; private set; }

    public SubscriberType Type { get; private set; }

    public string? Email { get; private set; }

    public string? Url { get; private set; }

    /// <summary>The webhook signing secret (<c>whsec_</c> + base64 of 32 random bytes); null for email.</summary>
    public string? Secret { get; private set; }

    /// <summary>Opaque token for the confirm and unsubscribe links; never shown by the admin API.</summary>
    public string Token { get; private set; } = string.Empty;

    public bool IsConfirmed { get; private set; }

    /// <summary>The language mails are written in (<see cref="Languages"/>); chosen when subscribing, the page's default otherwise.</summary>
    public string Language { get; private set; } = Languages.Default;

    /// <summary>Set when a webhook target answered 410 Gone: nothing more is sent to it.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public string? DisabledReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Empty means every component.</summary>
    public IReadOnlyList<Guid> ComponentIds => _componentIds.AsReadOnly();

    /// <summary>Empty means every event type.</summary>
    public IReadOnlyList<string> EventTypes => _eventTypes.AsReadOnly();

    /// <summary>The one incident this subscriber follows; null for a page-wide subscriber.</summary>
    public Guid? IncidentId { get; private set; }

    /// <summary>A follower who keeps following a resolved incident until its postmortem is published.</summary>
    public bool UntilPostmortem { get; private set; }

    /// <summary>
    /// When following ended (the incident resolved, or its postmortem was published): nothing more
    /// matches; the row goes once the last mail to it is finished.
    /// </summary>
    public DateTimeOffset? FollowEndedAt { get; private set; }

    public bool IsActive => IsConfirmed && DisabledAt is null;

    public bool IsFollower => IncidentId is not null;

    public static Subscriber CreateEmail(
        Guid pageId,
        string email,
        IEnumerable<Guid>? componentIds,
        IEnumerable<string>? eventTypes,
        bool confirmed,
        DateTimeOffset now,
        string? language = null
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            Type = SubscriberType.Email,
            Email = ValidEmail(email),
            Language = language is null
                ? Languages.Default
                : Languages.Require(language, "Language"),
            Token = NewToken(),
            IsConfirmed = confirmed,
            CreatedAt = now,
            _componentIds = (componentIds ?? []).Distinct().ToList(),
            _eventTypes = ValidEventTypes(eventTypes),
        };

    /// <summary>A visitor following one incident by email (unconfirmed until the double opt-in link is opened).</summary>
    public static Subscriber FollowIncident(
        Guid pageId,
        string email,
        Guid incidentId,
        bool untilPostmortem,
        DateTimeOffset now,
        string? language = null
    )
    {
        var subscriber = CreateEmail(pageId, email, null, null, false, now, language);
        subscriber.IncidentId = incidentId;
        subscriber.UntilPostmortem = untilPostmortem;
        return subscriber;
    }

    public static Subscriber CreateWebhook(
        Guid pageId,
        Uri url,
        IEnumerable<Guid>? componentIds,
        IEnumerable<string>? eventTypes,
        DateTimeOffset now
    ) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            Type = SubscriberType.Webhook,
            Url = ValidWebhookUrl(url),
            Secret = NewSecret(),
            Token = NewToken(),
            IsConfirmed = true,
            CreatedAt = now,
            _componentIds = (componentIds ?? []).Distinct().ToList(),
            _eventTypes = ValidEventTypes(eventTypes),
        };

    /// <summary>A Slack, Teams or Discord channel: its incoming-webhook URL is the whole credential.</summary>
    public static Subscriber CreateChat(
        Guid pageId,
        SubscriberType type,
        Uri url,
        IEnumerable<Guid>? componentIds,
        IEnumerable<string>? eventTypes,
        bool anyHost,
        DateTimeOffset now
    )
    {
        if (!ChatWebhookUrl.IsChat(type))
        {
            throw new DomainException($"{type} is not a chat subscriber type.");
        }

        return new()
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            Type = type,
            Url = ChatWebhookUrl.Validate(type, url, anyHost),
            Token = NewToken(),
            IsConfirmed = true,
            CreatedAt = now,
            _componentIds = (componentIds ?? []).Distinct().ToList(),
            _eventTypes = ValidEventTypes(eventTypes),
        };
    }

    /// <summary>
    /// Whether an event of this type touching these components (about this incident, if any) is
    /// for this subscriber. A follower hears only about its incident, and nothing once it ended.
    /// </summary>
    public bool Matches(
        string eventType,
        IReadOnlyCollection<Guid> componentIds,
        Guid? incidentId = null
    )
    {
        ArgumentNullException.ThrowIfNull(componentIds);
        if (!IsActive)
        {
            return false;
        }

        if (IncidentId is not null)
        {
            return FollowEndedAt is null && incidentId == IncidentId;
        }

        if (_eventTypes.Count > 0 && !_eventTypes.Contains(eventType, StringComparer.Ordinal))
        {
            return false;
        }

        // A deletion is news only to those who asked for it by name (e.g. a mirror of the page):
        // everyone else was never told that the incident is gone.
        if (
            eventType == NotificationEventTypes.IncidentDeleted
            && !_eventTypes.Contains(eventType, StringComparer.Ordinal)
        )
        {
            return false;
        }

        // An event that names no component (e.g. an incident without affected components) is
        // page-wide: every subscriber hears about it.
        return _componentIds.Count == 0
            || componentIds.Count == 0
            || componentIds.Any(_componentIds.Contains);
    }

    public string RotateSecret()
    {
        if (Type != SubscriberType.Webhook)
        {
            throw new DomainException("Only webhook subscribers have a signing secret.");
        }

        Secret = NewSecret();
        return Secret;
    }

    public void Confirm() => IsConfirmed = true;

    /// <summary>
    /// Whether the followed incident's resolution ends this subscription (a follower who chose to
    /// wait for the postmortem stays).
    /// </summary>
    public bool EndsWhenResolved => IncidentId is not null && !UntilPostmortem;

    /// <summary>Stops a follower from matching anything more; its queued mails are still sent.</summary>
    public void EndFollowing(DateTimeOffset now)
    {
        if (IncidentId is null)
        {
            throw new DomainException(
                "Only a subscriber following an incident can stop following it."
            );
        }

        FollowEndedAt ??= now;
    }

    public void Disable(string reason, DateTimeOffset now)
    {
        DisabledAt ??= now;
        DisabledReason = reason.Length > 500 ? reason[..500] : reason;
    }

    /// <summary>
    /// Refuses what can be refused without a network: non-http(s) schemes and credentials in the
    /// URL. Where the host resolves to is checked at connect time (DNS can change).
    /// </summary>
    public static string ValidWebhookUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (
            !url.IsAbsoluteUri
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        )
        {
            throw new DomainException("Url must be an absolute http or https URL.");
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new DomainException("Url must not contain credentials.");
        }

        var text = url.AbsoluteUri;
        if (text.Length > UrlMaxLength)
        {
            throw new DomainException($"Url must be at most {UrlMaxLength} characters.");
        }

        return text;
    }

    private static string ValidEmail(string email)
    {
        var trimmed = email?.Trim() ?? string.Empty;
        if (
            trimmed.Length is 0 or > EmailMaxLength
            || !MailAddress.TryCreate(trimmed, out var address)
            || address.Address != trimmed
        )
        {
            throw new DomainException("Email must be a valid email address.");
        }

        // Addresses are compared case-insensitively in practice; one spelling avoids duplicates.
        return trimmed.ToLowerInvariant();
    }

    private static List<string> ValidEventTypes(IEnumerable<string>? eventTypes)
    {
        var list = (eventTypes ?? []).Select(e => e.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = list.FirstOrDefault(e => !NotificationEventTypes.IsKnown(e));
        if (unknown is not null)
        {
            throw new DomainException(
                $"Unknown event type '{unknown}'. Known: {string.Join(", ", NotificationEventTypes.All)}."
            );
        }

        return list;
    }

    private static string NewSecret() =>
        SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static string NewToken() =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
