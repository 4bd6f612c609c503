namespace Incidents.Domain.Pages.Branding;

/// <summary>A link in the page's header (e.g. "Home" → https://example.com).</summary>
public sealed record HeaderLink(string Name, string Url);
