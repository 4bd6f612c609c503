using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.Pages;
using Incidents.Application.Pages.Commands.ChangePageLanguage;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>The caller's page's default language; Admin keys only.</summary>
[ApiController]
[Route("api/admin/Page/Language")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class PageLanguageController(IMediator mediator) : ControllerBase
{
    /// <summary>Set the page's default language (its own text for visitors who ask for no supported language; new subscribers' mails).</summary>
    [EndpointName("ChangePageLanguage")]
    [HttpPut]
    public async Task<ApiResponse<string>> Change(
        PageLanguageModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<string>.Ok(
            await mediator.Send(
                new ChangePageLanguageCommand(null, model.DefaultLanguage),
                cancellationToken
            ),
            "Default language changed successfully"
        );
}
