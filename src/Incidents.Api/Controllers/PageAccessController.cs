using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.Pages;
using Incidents.Api.OpenApi;
using Incidents.Application.Pages.Commands.ChangePageAccess;
using Incidents.Application.Pages.Commands.ReplacePageFeedToken;
using Incidents.Application.Pages.Commands.RevokePageFeedToken;
using Incidents.Application.Pages.Common;
using Incidents.Application.Pages.Queries.GetPageAccess;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>Who may read the caller's page (issue 15): visibility, shared password, allowed sign-ins, IP ranges, feed token. Admin keys only.</summary>
[ApiController]
[Route("api/admin/Page")]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Admin)]
public sealed class PageAccessController(IMediator mediator) : ControllerBase
{
    /// <summary>Show who may read the page (never the password or the feed token).</summary>
    [HttpGet("Access")]
    [EndpointName("GetPageAccess")]
    public async Task<ApiResponse<PageAccessDto>> Get(CancellationToken cancellationToken) =>
        ApiResponse<PageAccessDto>.Ok(
            await mediator.Send(new GetPageAccessQuery(null), cancellationToken),
            "Page access retrieved successfully"
        );

    /// <summary>Set who may read the page: Public, Password (shared password) or Restricted (allowed emails and domains), optionally with IP ranges.</summary>
    [HttpPut("Access")]
    [EndpointName("ChangePageAccess")]
    [ErrorResponse(
        400,
        "Visibility is required.",
        "Visibility must be one of: Public, Password, Restricted.",
        "Password is required to make the page Password-protected."
    )]
    public async Task<ApiResponse<PageAccessDto>> Change(
        PageAccessModel model,
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PageAccessDto>.Ok(
            await mediator.Send(
                new ChangePageAccessCommand(
                    null,
                    model.Visibility,
                    model.Password,
                    model.AllowedSignIns,
                    model.IpAllowList
                ),
                cancellationToken
            ),
            "Page access changed successfully"
        );

    /// <summary>Make a new feed token (the old one stops working); shown only in this answer. Feeds, calendar and badge of a non-public page take it as ?token=.</summary>
    [HttpPost("FeedToken")]
    [EndpointName("ReplacePageFeedToken")]
    [ErrorResponse(
        400,
        "A Public page needs no feed token: its feeds and badge are open to everyone."
    )]
    public async Task<ApiResponse<string>> ReplaceFeedToken(CancellationToken cancellationToken) =>
        ApiResponse<string>.Ok(
            await mediator.Send(new ReplacePageFeedTokenCommand(null), cancellationToken),
            "Feed token created successfully"
        );

    /// <summary>Revoke the feed token: feeds, calendar and badge need a session or a new token.</summary>
    [HttpDelete("FeedToken")]
    [EndpointName("RevokePageFeedToken")]
    [ErrorResponse(400, "The page has no feed token.")]
    public async Task<ApiResponse<PageAccessDto>> RevokeFeedToken(
        CancellationToken cancellationToken
    ) =>
        ApiResponse<PageAccessDto>.Ok(
            await mediator.Send(new RevokePageFeedTokenCommand(null), cancellationToken),
            "Feed token revoked successfully"
        );
}
