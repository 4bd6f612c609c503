namespace Incidents.Application.Integrations.Common;

/// <summary>One alert of a group notification.</summary>
public sealed record AlertNotificationItem(
    string? Status,
    IReadOnlyDictionary<string, string>? Labels,
    IReadOnlyDictionary<string, string>? Annotations,
    string? Fingerprint
);
