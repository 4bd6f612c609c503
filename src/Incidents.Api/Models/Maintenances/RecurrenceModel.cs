using Incidents.Api.OpenApi;

namespace Incidents.Api.Models.Maintenances;

/// <param name="Rule">An RFC 5545 RRULE, e.g. "FREQ=WEEKLY;BYDAY=SU".</param>
/// <param name="TimeZone">An IANA time zone, e.g. "Europe/Berlin".</param>
public sealed record RecurrenceModel(
    [ContractRequired] string? Rule,
    [ContractRequired] string? TimeZone,
    DateTimeOffset? Until
);
