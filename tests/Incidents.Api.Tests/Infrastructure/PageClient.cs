namespace Incidents.Api.Tests.Infrastructure;

/// <summary>An HTTP client bound to one page's Admin key.</summary>
public sealed record PageClient(Guid PageId, string Slug, string Key, HttpClient Http);
