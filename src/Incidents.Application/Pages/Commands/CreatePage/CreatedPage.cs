namespace Incidents.Application.Pages.Commands.CreatePage;

/// <summary>The new page and its first (Admin) key, shown this once.</summary>
public sealed record CreatedPage(Guid PageId, string Slug, Guid ApiKeyId, string Key);
