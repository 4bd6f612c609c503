using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models;
using Incidents.Api.Models.Templates;
using Incidents.Application.Templates.Commands.DeleteTemplate;
using Incidents.Application.Templates.Queries;
using Incidents.Application.Templates.Queries.GetTemplate;
using Incidents.Application.Templates.Queries.ListTemplates;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Incident and maintenance templates of the caller's page, in the seed's style.</summary>
[ApiController]
[Route("api/admin/Template")]
[Produces("application/json")]
public sealed class TemplateController(IMediator mediator) : ControllerBase
{
    /// <summary>Create a template: prefilled title, description, status, impact, components and notify choice.</summary>
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiResponse<Guid>> Create(
        TemplateCreateModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<Guid>.Ok(
            await mediator.Send(model.ToCommand(), cancellationToken),
            "Template created successfully"
        );

    /// <summary>Update a template; incidents made from it keep what they were made with.</summary>
    [HttpPut]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> Update(
        TemplateUpdateModel model,
        CancellationToken cancellationToken
    )
    {
        await mediator.Send(model.ToCommand(), cancellationToken);
        return new ApiMessage(true, "Template updated successfully");
    }

    /// <summary>Delete a template; incidents made from it are unchanged.</summary>
    [HttpDelete("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<ApiMessage> Delete(Guid id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteTemplateCommand(id), cancellationToken);
        return new ApiMessage(true, "Template deleted successfully");
    }

    /// <summary>Get one template.</summary>
    [HttpGet("{id:guid}")]
    [Authorize(Policy = ApiPolicies.Read)]
    public async Task<ApiResponse<TemplateDto>> Get(Guid id, CancellationToken cancellationToken) =>
        ApiResponse<TemplateDto>.Ok(
            await mediator.Send(new GetTemplateQuery(id), cancellationToken),
            "Template retrieved successfully"
        );

    /// <param name="kind">Incident or Maintenance; all when omitted.</param>
    /// <param name="group">Only the templates of this group.</param>
    /// <summary>List the page's templates, optionally by kind and group.</summary>
    [HttpGet]
    [Authorize(Policy = ApiPolicies.Read)]
    public async Task<ApiResponse<IReadOnlyList<TemplateDto>>> List(
        [FromQuery] string? kind,
        [FromQuery] string? group,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<IReadOnlyList<TemplateDto>>.Ok(
            await mediator.Send(new ListTemplatesQuery(kind, group), cancellationToken),
            "Templates retrieved successfully"
        );
}
