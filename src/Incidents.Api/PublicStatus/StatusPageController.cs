using Incidents.Api.PublicStatus.Access;
using Incidents.Api.PublicStatus.Caching;
using Incidents.Api.PublicStatus.Feeds;
using Incidents.Api.PublicStatus.Localization;
using Incidents.Api.PublicStatus.Models;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.PublicStatus.Queries.GetIncidentHistoryByMonth;
using Incidents.Application.PublicStatus.Queries.GetMaintenanceCalendar;
using Incidents.Application.PublicStatus.Queries.GetPageSummary;
using Incidents.Application.PublicStatus.Queries.GetPublicBranding;
using Incidents.Application.PublicStatus.Queries.GetPublicIncident;
using Incidents.Application.PublicStatus.Queries.GetPublicMaintenance;
using Incidents.Application.PublicStatus.Queries.ListFeedMaintenances;
using Incidents.Application.PublicStatus.Queries.ListPublicIncidents;
using Incidents.Domain.Pages;
using Incidents.Infrastructure.Maintenances;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Incidents.Api.PublicStatus;

/// <summary>The server-rendered public pages, feeds and badge; complete without JavaScript.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[PublicCache]
[PageAccess(PageAccessKind.Html)]
[VisitorLanguage]
public sealed class StatusPageController(IMediator mediator, IOptions<StatusPageOptions> options)
    : Controller
{
    public const int FeedSize = 50;

    [HttpGet("/")]
    public Task<IActionResult> Home(CancellationToken cancellationToken) =>
        Page(StatusPage.DefaultSlug, cancellationToken);

    [HttpGet("/status/{slug}")]
    public Task<IActionResult> Page(string slug, CancellationToken cancellationToken) =>
        OrNotFound(async () =>
        {
            var summary = await mediator.Send(new GetPageSummaryQuery(slug), cancellationToken);
            return View("Index", new StatusPageViewModel(summary, options.Value.ShowSubscribeForm));
        });

    /// <summary>?month=2026-11 (UTC); the current month without it.</summary>
    [HttpGet("/status/{slug}/history")]
    public Task<IActionResult> History(
        string slug,
        [FromQuery] string? month,
        CancellationToken cancellationToken
    ) =>
        OrNotFound(async () =>
        {
            int? year = null;
            int? number = null;
            if (
                month is { Length: 7 }
                && int.TryParse(month.AsSpan(0, 4), out var y)
                && month[4] == '-'
                && int.TryParse(month.AsSpan(5, 2), out var m)
            )
            {
                (year, number) = (y, m);
            }

            var history = await mediator.Send(
                new GetIncidentHistoryByMonthQuery(slug, year, number),
                cancellationToken
            );
            return View("History", history);
        });

    [HttpGet("/status/{slug}/incidents/{id:guid}")]
    public Task<IActionResult> Incident(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    ) =>
        OrNotFound(async () =>
        {
            var incident = await mediator.Send(
                new GetPublicIncidentQuery(slug, id),
                cancellationToken
            );
            ViewData["ShowFollowForm"] = options.Value.ShowSubscribeForm;
            return View("Incident", incident);
        });

    [HttpGet("/status/{slug}/maintenance/{id:guid}")]
    public Task<IActionResult> Maintenance(
        string slug,
        Guid id,
        CancellationToken cancellationToken
    ) =>
        OrNotFound(async () =>
            View(
                "Maintenance",
                await mediator.Send(new GetPublicMaintenanceQuery(slug, id), cancellationToken)
            )
        );

    [HttpGet("/status/{slug}/history.atom")]
    [PageAccess(PageAccessKind.Feed)]
    public Task<IActionResult> Atom(string slug, CancellationToken cancellationToken) =>
        Feed(slug, atom: true, cancellationToken);

    [HttpGet("/status/{slug}/history.rss")]
    [PageAccess(PageAccessKind.Feed)]
    public Task<IActionResult> Rss(string slug, CancellationToken cancellationToken) =>
        Feed(slug, atom: false, cancellationToken);

    /// <summary>RFC 5545 calendar of upcoming and active maintenance (cancelled ones until their window ends).</summary>
    [HttpGet("/status/{slug}/maintenance.ics")]
    [PageAccess(PageAccessKind.Feed)]
    public Task<IActionResult> Calendar(string slug, CancellationToken cancellationToken) =>
        OrNotFound(async () =>
        {
            var calendar = await mediator.Send(
                new GetMaintenanceCalendarQuery(slug),
                cancellationToken
            );
            // Never the request's Host header (see Feed).
            return Content(
                MaintenanceCalendarWriter.Write(calendar, new Uri(options.Value.PublicBaseUrl)),
                "text/calendar; charset=utf-8"
            );
        });

    [HttpGet("/status/{slug}/badge.svg")]
    [PageAccess(PageAccessKind.Feed)]
    public Task<IActionResult> Badge(string slug, CancellationToken cancellationToken) =>
        OrNotFound(async () =>
        {
            var summary = await mediator.Send(new GetPageSummaryQuery(slug), cancellationToken);
            var brand = await mediator.Send(new GetPublicBrandingQuery(slug), cancellationToken);
            return Content(
                StatusBadge.Svg(summary.Status.Description, summary.Status.Indicator, brand.Colors),
                "image/svg+xml; charset=utf-8"
            );
        });

    private Task<IActionResult> Feed(string slug, bool atom, CancellationToken cancellationToken) =>
        OrNotFound(async () =>
        {
            var incidents = await mediator.Send(
                new ListPublicIncidentsQuery(slug, 1, FeedSize),
                cancellationToken
            );
            var maintenances = await mediator.Send(
                new ListFeedMaintenancesQuery(slug, FeedSize),
                cancellationToken
            );
            var page = await mediator.Send(new GetPageSummaryQuery(slug), cancellationToken);
            // Never the request's Host header: the cache ignores it, so one client could plant links.
            var baseUri = new Uri(options.Value.PublicBaseUrl);
            var feed = IncidentFeedBuilder.Build(
                page.Page,
                incidents.Items,
                maintenances,
                baseUri,
                page.GeneratedAt,
                FeedSize
            );
            return File(
                IncidentFeedBuilder.Write(feed, atom),
                atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8"
            );
        });

    private async Task<IActionResult> OrNotFound(Func<Task<IActionResult>> render)
    {
        try
        {
            return await render();
        }
        catch (NotFoundException e)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("NotFound", e.Message);
        }
    }
}
