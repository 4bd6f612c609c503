namespace Incidents.Api.StatuspageCompatibility.V2;

/// <summary>The first key of every v2 answer. Times are ISO 8601 with milliseconds in the page's zone.</summary>
public sealed record V2Page(string Id, string Name, string Url, string TimeZone, string UpdatedAt);
