using Incidents.Domain.ApiKeys;

namespace Incidents.Application.ApiKeys.Commands.AuthenticateApiKey;

public sealed record AuthenticatedApiKey(Guid ApiKeyId, string Name, Guid PageId, ApiKeyRole Role);
