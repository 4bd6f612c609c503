namespace Incidents.Api.PublicStatus.Models;

/// <summary>Indicator: none | minor | major | critical | maintenance; Description: the banner text.</summary>
public sealed record PublicStatusIndicator(string Indicator, string Description);
