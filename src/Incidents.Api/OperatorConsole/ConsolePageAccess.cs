using Incidents.Domain.ApiKeys;

namespace Incidents.Api.OperatorConsole;

/// <summary>What a signed-in user may do on one page: the role an API key of that page would have.</summary>
public sealed record ConsolePageAccess(Guid PageId, string Slug, string Name, ApiKeyRole Role);
