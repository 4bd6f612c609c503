using Incidents.Application.ApiKeys.Commands.CreateApiKey;
using Incidents.Application.ApiKeys.Queries;

namespace Incidents.Api.OperatorConsole.Models;

/// <param name="Created">The key just created: its secret is in this answer only, never again.</param>
public sealed record ApiKeysViewModel(
    ConsolePageAccess Access,
    IReadOnlyList<ApiKeyDto> Keys,
    ApiKeyForm Form,
    CreatedApiKey? Created
);
