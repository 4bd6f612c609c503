using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.ApiKeys;
using Incidents.Application.ApiKeys.Commands.CreateApiKey;
using Incidents.Application.ApiKeys.Commands.CreatePageApiKey;
using Incidents.Application.ApiKeys.Commands.RevokePageApiKey;
using Incidents.Application.ApiKeys.Queries;
using Incidents.Application.ApiKeys.Queries.ListPageApiKeys;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Keys of the caller's page, for Admin keys only. The secret appears once, in the create answer.</summary>
[ApiController]
[Route("api/admin/ApiKey")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class ApiKeyController(IMediator mediator) : ControllerBase
{
    [HttpPost]
    public async Task<ApiResponse<CreatedApiKey>> Create(
        ApiKeyCreateModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<CreatedApiKey>.Ok(
            await mediator.Send(
                new CreatePageApiKeyCommand(model.Name, model.Role),
                cancellationToken
            ),
            "API key created successfully"
        );

    [HttpGet]
    public async Task<ApiResponse<IReadOnlyList<ApiKeyDto>>> List(
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IReadOnlyList<ApiKeyDto>>.Ok(
            await mediator.Send(new ListPageApiKeysQuery(), cancellationToken),
            "API keys retrieved successfully"
        );

    [HttpDelete("{id:guid}")]
    public async Task<ApiMessage> Revoke(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokePageApiKeyCommand(id), cancellationToken);
        return new ApiMessage(true, "API key revoked successfully");
    }
}
