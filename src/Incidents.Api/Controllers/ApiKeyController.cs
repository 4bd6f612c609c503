using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.ApiKeys;
using Incidents.Api.OpenApi;
using Incidents.Application.ApiKeys.Commands.CreateApiKey;
using Incidents.Application.ApiKeys.Commands.CreatePageApiKey;
using Incidents.Application.ApiKeys.Commands.RevokePageApiKey;
using Incidents.Application.ApiKeys.Queries;
using Incidents.Application.ApiKeys.Queries.ListPageApiKeys;
using Incidents.Domain.ApiKeys;
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
    /// <summary>Create an API key; its secret appears only in this answer.</summary>
    [HttpPost]
    [ErrorResponse(400, "Name is required.", "Role is required (Read, Write or Admin).")]
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

    /// <summary>List the page's API keys (never their secrets).</summary>
    [HttpGet]
    public async Task<ApiResponse<IReadOnlyList<ApiKeyDto>>> List(
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IReadOnlyList<ApiKeyDto>>.Ok(
            await mediator.Send(new ListPageApiKeysQuery(), cancellationToken),
            "API keys retrieved successfully"
        );

    /// <summary>Revoke an API key.</summary>
    [HttpDelete("{id:guid}")]
    [ErrorResponse(404, "API key 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found.")]
    [ErrorResponse(400, ApiKey.LastAdminKeyMessage)]
    public async Task<ApiMessage> Revoke(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokePageApiKeyCommand(id), cancellationToken);
        return new ApiMessage(true, "API key revoked successfully");
    }
}
