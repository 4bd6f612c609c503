namespace Incidents.Infrastructure.Notifications.Channels;

/// <param name="Status">The receiver's answer (HTTP status, SMTP reply code), when there was one.</param>
/// <param name="Gone">The receiver said never to send again (HTTP 410): the subscriber is disabled.</param>
/// <param name="RetryAfter">The receiver asked to wait at least this long (Retry-After on 429/503); for a deferral, how long our protection holds.</param>
/// <param name="Deferred">Our own protection (an open circuit) refused to call the receiver: not an attempt.</param>
public sealed record ChannelResult(
    bool Success,
    int? Status,
    string? Error,
    bool Gone = false,
    TimeSpan? RetryAfter = null,
    bool Deferred = false
)
{
    public static ChannelResult Ok(int? status) => new(true, status, null);

    public static ChannelResult Failed(string error, int? status = null) =>
        new(false, status, error);

    /// <summary>The receiver was not called; try again after <paramref name="wait"/> without counting an attempt.</summary>
    public static ChannelResult Defer(string reason, TimeSpan wait) =>
        new(false, null, reason, RetryAfter: wait, Deferred: true);
}
