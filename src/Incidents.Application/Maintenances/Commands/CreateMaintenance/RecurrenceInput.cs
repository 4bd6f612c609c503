namespace Incidents.Application.Maintenances.Commands.CreateMaintenance;

/// <param name="Rule">An RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=SU".</param>
/// <param name="TimeZone">An IANA zone, e.g. "Europe/Berlin": the rule and the window's local times are read there.</param>
/// <param name="Until">No occurrence starts after this.</param>
public sealed record RecurrenceInput(string? Rule, string? TimeZone, DateTimeOffset? Until);
