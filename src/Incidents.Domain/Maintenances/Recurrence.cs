using Incidents.Domain.Common;

namespace Incidents.Domain.Maintenances;

/// <summary>
/// How a maintenance repeats: an RFC 5545 RRULE (e.g. "FREQ=WEEKLY;BYDAY=SU") read in an IANA time
/// zone, so a window keeps its local wall-clock times across daylight-saving changes; optionally
/// no occurrence starts after <see cref="Until"/>. The rule's grammar is checked where the rule is
/// evaluated (Application's recurrence port); the zone is checked here.
/// </summary>
public sealed record Recurrence
{
    public const int RuleMaxLength = 500;
    public const int TimeZoneMaxLength = 64;

    private Recurrence(string rule, string timeZone, DateTimeOffset? until)
    {
        Rule = rule;
        TimeZone = timeZone;
        Until = until;
    }

    public string Rule { get; }

    public string TimeZone { get; }

    public DateTimeOffset? Until { get; }

    public static Recurrence Create(string rule, string timeZone, DateTimeOffset? until)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            throw new DomainException("Recurrence.Rule is required.");
        }

        if (rule.Length > RuleMaxLength)
        {
            throw new DomainException(
                $"Recurrence.Rule must be at most {RuleMaxLength} characters."
            );
        }

        if (
            string.IsNullOrWhiteSpace(timeZone)
            || timeZone.Length > TimeZoneMaxLength
            || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out _)
        )
        {
            throw new DomainException("Recurrence.TimeZone must be an IANA time zone.");
        }

        var text = rule.Trim();
        if (text.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["RRULE:".Length..];
        }

        return new Recurrence(text, timeZone.Trim(), until?.ToUniversalTime());
    }

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
