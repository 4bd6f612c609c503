namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>Indicator none|minor|major|critical|maintenance and Statuspage's words for it.</summary>
public sealed record V2Status(string Indicator, string Description);
