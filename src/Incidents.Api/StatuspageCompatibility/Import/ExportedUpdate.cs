namespace Incidents.Api.StatuspageCompatibility.Import;

public sealed record ExportedUpdate(string Status, string? Body, DateTimeOffset At);
