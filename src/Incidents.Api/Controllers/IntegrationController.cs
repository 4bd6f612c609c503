using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.Integrations;
using Incidents.Application.Integrations.Commands.CreateIntegration;
using Incidents.Application.Integrations.Commands.DeleteIntegration;
using Incidents.Application.Integrations.Commands.UpdateIntegration;
using Incidents.Application.Integrations.Common;
using Incidents.Application.Integrations.Queries.GetIntegration;
using Incidents.Application.Integrations.Queries.ListIntegrations;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Alert integrations of the caller's page (Admin keys only). The token appears once, in the create answer.</summary>
[ApiController]
[Route("api/admin/Integration")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class IntegrationController(IMediator mediator) : ControllerBase
{
    /// <summary>Create an Alertmanager or Grafana integration; the answer carries its receiver URL and token, shown once.</summary>
    [HttpPost]
    public async Task<ApiResponse<CreatedIntegrationModel>> Create(
        IntegrationCreateModel model,
        CancellationToken cancellationToken
    )
    {
        var created = await mediator.Send(
            new CreateIntegrationCommand(
                model.Type,
                model.Name,
                model.Rules,
                model.Default,
                model.Secret
            ),
            cancellationToken
        );
        var path = created.Type.Equals("Grafana", StringComparison.OrdinalIgnoreCase)
            ? AlertReceiverController.GrafanaPath
            : AlertReceiverController.AlertmanagerPath;
        return ApiResponse<CreatedIntegrationModel>.Ok(
            new CreatedIntegrationModel(
                created.Id,
                $"{Request.Scheme}://{Request.Host}{Request.PathBase}/{path}/{created.Id}",
                created.Token
            ),
            "Integration created successfully"
        );
    }

    /// <summary>List the page's alert integrations.</summary>
    [HttpGet]
    public async Task<ApiResponse<IReadOnlyList<IntegrationDto>>> List(
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IReadOnlyList<IntegrationDto>>.Ok(
            await mediator.Send(new ListIntegrationsQuery(), cancellationToken),
            "Integrations retrieved successfully"
        );

    /// <summary>Get one alert integration (without its token).</summary>
    [HttpGet("{id:guid}")]
    public async Task<ApiResponse<IntegrationDto>> Get(
        Guid id,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IntegrationDto>.Ok(
            await mediator.Send(new GetIntegrationQuery(id), cancellationToken),
            "Integration retrieved successfully"
        );

    /// <summary>Update an integration's name, rules and secret.</summary>
    [HttpPut("{id:guid}")]
    public async Task<ApiMessage> Update(
        Guid id,
        IntegrationUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(
            new UpdateIntegrationCommand(id, model.Name, model.Rules, model.Default, model.Secret),
            cancellationToken
        );
        return new ApiMessage(true, "Integration updated successfully");
    }

    /// <summary>Delete an integration: its token stops working at once.</summary>
    [HttpDelete("{id:guid}")]
    public async Task<ApiMessage> Delete(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteIntegrationCommand(id), cancellationToken);
        return new ApiMessage(true, "Integration deleted successfully");
    }
}
