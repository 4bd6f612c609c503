using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Incidents.Api.Authentication;
using Incidents.Api.PublicStatus;
using Incidents.Api.StatuspageCompatibility.V2;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Components.Commands.CreateComponent;
using Incidents.Application.Components.Commands.DeleteComponent;
using Incidents.Application.Components.Commands.DeleteComponentGroup;
using Incidents.Application.Components.Commands.SaveComponentGroup;
using Incidents.Application.Components.Commands.UpdateComponent;
using Incidents.Application.Incidents.Commands.CorrectIncidentUpdate;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Incidents.Commands.DeleteIncident;
using Incidents.Application.Incidents.Commands.ResolveIncident;
using Incidents.Application.Incidents.Commands.UpdateIncident;
using Incidents.Application.StatuspageCompatibility.Common;
using Incidents.Application.StatuspageCompatibility.Queries.GetStatuspageSnapshot;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using static Incidents.Api.StatuspageCompatibility.Manage.ManageRequestBody;

namespace Incidents.Api.StatuspageCompatibility.Manage;

/// <summary>
/// A subset of Atlassian Statuspage's Manage API v1, as an adapter: every write is one of our own
/// commands (same validation, roles, audit, idempotency, notifications), every read is the
/// Statuspage v2 shape of our snapshot plus the Manage API's extra keys. Keys, the <c>.json</c>
/// suffix and the error shape are handled at the edge (<see cref="ManageApiAdapterMiddleware"/>).
/// A page id or slug other than the key's page is 404.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("v1/pages")]
[Authorize(Policy = ApiPolicies.Read)]
public sealed class ManageApiController(
    IMediator mediator,
    ICurrentCaller caller,
    IOptions<StatusPageOptions> options
) : ControllerBase
{
    public const int MaxPerPage = 100;

    [HttpGet]
    public async Task<IActionResult> Pages(CancellationToken ct)
    {
        var mapper = await MapperAsync(null, null, ct);
        return Json(new JsonArray(PageObject(mapper)));
    }

    [HttpGet("{pageId}")]
    public async Task<IActionResult> Page(string pageId, CancellationToken ct) =>
        Json(PageObject(await MapperAsync(pageId, null, ct)));

    [HttpGet("{pageId}/components")]
    public async Task<IActionResult> Components(
        string pageId,
        [FromQuery] int? page,
        [FromQuery(Name = "per_page")] int? perPage,
        CancellationToken ct
    )
    {
        var mapper = await MapperAsync(pageId, null, ct);
        var size = Math.Clamp(perPage ?? MaxPerPage, 1, MaxPerPage);
        var skip = (Math.Max(page ?? 1, 1) - 1) * size;
        return Json(new JsonArray([.. mapper.Components.Skip(skip).Take(size).Select(Component)]));
    }

    [HttpGet("{pageId}/components/{componentId}")]
    public async Task<IActionResult> ComponentById(
        string pageId,
        string componentId,
        CancellationToken ct
    ) => Json(Component(FindComponent(await MapperAsync(pageId, null, ct), componentId)));

    [HttpPost("{pageId}/components")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> CreateComponent(string pageId, CancellationToken ct)
    {
        var before = await MapperAsync(pageId, null, ct);
        var body = await ReadAsync(Request, "component");
        var id = await mediator.Send(
            new CreateComponentCommand(
                String(body, "name"),
                String(body, "description"),
                GroupName(before, String(body, "group_id")),
                null,
                OurComponentStatus(String(body, "status"))
            ),
            ct
        );
        var after = await MapperAsync(pageId, null, ct);
        return Json(Component(FindComponent(after, id.ToString())), StatusCodes.Status201Created);
    }

    [HttpPatch("{pageId}/components/{componentId}")]
    [HttpPut("{pageId}/components/{componentId}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> UpdateComponent(
        string pageId,
        string componentId,
        CancellationToken ct
    )
    {
        var before = await MapperAsync(pageId, null, ct);
        var existing = FindComponent(before, componentId);
        var body = await ReadAsync(Request, "component");
        await mediator.Send(
            new UpdateComponentCommand(
                Guid.Parse(existing.Id),
                String(body, "name"),
                String(body, "description"),
                String(body, "group_id") is { } groupId ? GroupName(before, groupId) : null,
                null,
                OurComponentStatus(String(body, "status")),
                null
            ),
            ct
        );
        return Json(Component(FindComponent(await MapperAsync(pageId, null, ct), componentId)));
    }

    [HttpDelete("{pageId}/components/{componentId}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> DeleteComponent(
        string pageId,
        string componentId,
        CancellationToken ct
    )
    {
        var existing = FindComponent(await MapperAsync(pageId, null, ct), componentId);
        await mediator.Send(new DeleteComponentCommand(Guid.Parse(existing.Id)), ct);
        return NoContent();
    }

    /// <summary>?q= (name or update text contains), limit (≤ 100), page; newest first.</summary>
    [HttpGet("{pageId}/incidents")]
    public async Task<IActionResult> Incidents(
        string pageId,
        [FromQuery] string? q,
        [FromQuery] int? limit,
        [FromQuery] int? page,
        CancellationToken ct
    )
    {
        var mapper = await MapperAsync(pageId, null, ct);
        var size = Math.Clamp(limit ?? MaxPerPage, 1, MaxPerPage);
        var matching = mapper
            .Incidents(_ => true)
            .Where(i =>
                string.IsNullOrEmpty(q)
                || i.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                || i.IncidentUpdates.Any(u =>
                    u.Body.Contains(q, StringComparison.OrdinalIgnoreCase)
                )
            );
        return Json(
            new JsonArray([
                .. matching.Skip((Math.Max(page ?? 1, 1) - 1) * size).Take(size).Select(Incident),
            ])
        );
    }

    [HttpGet("{pageId}/incidents/unresolved")]
    public async Task<IActionResult> Unresolved(string pageId, CancellationToken ct) =>
        Json(
            new JsonArray([
                .. (await MapperAsync(pageId, null, ct))
                    .Incidents(i => !i.IsResolved)
                    .Select(Incident),
            ])
        );

    [HttpGet("{pageId}/incidents/upcoming")]
    [HttpGet("{pageId}/incidents/scheduled")]
    public async Task<IActionResult> Upcoming(string pageId, CancellationToken ct) =>
        Json(
            new JsonArray([
                .. (await MapperAsync(pageId, null, ct))
                    .Maintenances(m => m.Status == MaintenanceStatus.Scheduled)
                    .Reverse()
                    .Select(Incident),
            ])
        );

    [HttpGet("{pageId}/incidents/active_maintenance")]
    public async Task<IActionResult> ActiveMaintenance(string pageId, CancellationToken ct) =>
        Json(
            new JsonArray([
                .. (await MapperAsync(pageId, null, ct))
                    .Maintenances(m => m.IsActive)
                    .Reverse()
                    .Select(Incident),
            ])
        );

    [HttpGet("{pageId}/incidents/{incidentId}")]
    public async Task<IActionResult> IncidentById(
        string pageId,
        string incidentId,
        CancellationToken ct
    ) => Json(Incident(await FindIncidentAsync(pageId, incidentId, ct)));

    /// <summary>
    /// Opens an incident. name; status (investigating|identified|monitoring; default
    /// investigating); body (the first update; the name when absent); impact_override, else the
    /// worst status of the components map; component_ids and the components map's keys are the
    /// affected components; deliver_notifications (default true).
    /// </summary>
    [HttpPost("{pageId}/incidents")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> CreateIncident(string pageId, CancellationToken ct)
    {
        await MapperAsync(pageId, null, ct);
        var body = await ReadAsync(Request, "incident");
        if (String(body, "scheduled_for") is not null)
        {
            throw new InvalidRequestException(
                "Scheduled maintenance cannot be created through this API: use POST /api/admin/Maintenance."
            );
        }

        var (impact, components) = ImpactAndComponents(body);
        var created = await mediator.Send(
            new CreateIncidentCommand(
                String(body, "name"),
                Text(String(body, "body")) ?? String(body, "name"),
                OurIncidentStatus(String(body, "status")) ?? "Investigating",
                Vocabulary<IncidentImpact>.Display(impact ?? IncidentImpact.None),
                components,
                Bool(body, "deliver_notifications") ?? true
            ),
            ct
        );
        return Json(
            Incident(await FindIncidentAsync(pageId, created.IncidentId.ToString(), ct)),
            StatusCodes.Status201Created
        );
    }

    /// <summary>
    /// Posts an update when status or body is given (resolved resolves); impact_override,
    /// components, component_ids and deliver_notifications as on create. A rename alone is refused:
    /// our incidents keep their title.
    /// </summary>
    [HttpPatch("{pageId}/incidents/{incidentId}")]
    [HttpPut("{pageId}/incidents/{incidentId}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> UpdateIncident(
        string pageId,
        string incidentId,
        CancellationToken ct
    )
    {
        var existing = await FindIncidentAsync(pageId, incidentId, ct);
        var id = Guid.Parse(existing.Id);
        var body = await ReadAsync(Request, "incident");
        var status = OurIncidentStatus(String(body, "status"));
        var text = Text(String(body, "body"));
        var notify = Bool(body, "deliver_notifications");
        if (status is null && text is null)
        {
            throw new InvalidRequestException(
                "Give status or body: an update is how an incident changes here (its name cannot change)."
            );
        }

        if (status == "Resolved")
        {
            await mediator.Send(new ResolveIncidentCommand(id, text, notify), ct);
        }
        else
        {
            var (impact, components) = ImpactAndComponents(body);
            await mediator.Send(
                new UpdateIncidentCommand(
                    id,
                    text ?? $"Status changed to {status}.",
                    status,
                    impact is { } i ? Vocabulary<IncidentImpact>.Display(i) : null,
                    components.Count > 0 ? components : null,
                    notify
                ),
                ct
            );
        }

        return Json(Incident(await FindIncidentAsync(pageId, incidentId, ct)));
    }

    /// <summary>Deletes an incident (Admin, as DELETE /api/admin/Incident/{id}); answers it as it was.</summary>
    [HttpDelete("{pageId}/incidents/{incidentId}")]
    [Authorize(Policy = ApiPolicies.Admin)]
    public async Task<IActionResult> DeleteIncident(
        string pageId,
        string incidentId,
        CancellationToken ct
    )
    {
        var existing = await FindIncidentAsync(pageId, incidentId, ct);
        await mediator.Send(new DeleteIncidentCommand(Guid.Parse(existing.Id)), ct);
        return Json(Incident(existing));
    }

    /// <summary>
    /// Corrects one update's body and/or display_at (our correction: recorded time and status kept,
    /// never notified, audited with the previous text); answers the update.
    /// </summary>
    [HttpPatch("{pageId}/incidents/{incidentId}/incident_updates/{updateId}")]
    [HttpPut("{pageId}/incidents/{incidentId}/incident_updates/{updateId}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> UpdateIncidentUpdate(
        string pageId,
        string incidentId,
        string updateId,
        CancellationToken ct
    )
    {
        var existing = await FindIncidentAsync(pageId, incidentId, ct);
        var update =
            existing.IncidentUpdates.FirstOrDefault(u =>
                string.Equals(u.Id, updateId, StringComparison.OrdinalIgnoreCase)
            ) ?? throw new NotFoundException("Incident update not found.");
        var body = await ReadAsync(Request, "incident_update");
        var text = Text(String(body, "body"));
        var displayAt = Text(String(body, "display_at")) is { } given
            ? DateTimeOffset.TryParse(
                given,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out var parsed
            )
                ? parsed
                : throw new InvalidRequestException("display_at must be an ISO 8601 time.")
            : (DateTimeOffset?)null;
        if (text is null && displayAt is null)
        {
            throw new InvalidRequestException("Give body or display_at.");
        }

        await mediator.Send(
            new CorrectIncidentUpdateCommand(
                Guid.Parse(existing.Id),
                Guid.Parse(update.Id),
                text ?? update.Body,
                displayAt
            ),
            ct
        );
        var after = await FindIncidentAsync(pageId, incidentId, ct);
        return Json(IncidentUpdate(after.IncidentUpdates.First(u => u.Id == update.Id)));
    }

    [HttpGet("{pageId}/component-groups")]
    public async Task<IActionResult> ComponentGroups(
        string pageId,
        [FromQuery] int? page,
        [FromQuery(Name = "per_page")] int? perPage,
        CancellationToken ct
    )
    {
        var mapper = await MapperAsync(pageId, null, ct);
        var size = Math.Clamp(perPage ?? MaxPerPage, 1, MaxPerPage);
        var skip = (Math.Max(page ?? 1, 1) - 1) * size;
        return Json(
            new JsonArray([
                .. mapper.Components.Where(c => c.Group).Skip(skip).Take(size).Select(GroupObject),
            ])
        );
    }

    [HttpGet("{pageId}/component-groups/{groupId}")]
    public async Task<IActionResult> ComponentGroupById(
        string pageId,
        string groupId,
        CancellationToken ct
    ) => Json(GroupObject(FindGroup(await MapperAsync(pageId, null, ct), groupId)));

    /// <summary>
    /// Creates a group of existing components (name and components required: our groups are the
    /// components in them). Statuspage puts description beside the wrapper; ours have none.
    /// </summary>
    [HttpPost("{pageId}/component-groups")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> CreateComponentGroup(string pageId, CancellationToken ct)
    {
        await MapperAsync(pageId, null, ct);
        var (body, root) = await ReadWithRootAsync(Request, "component_group");
        RefuseGroupDescription(body, root);
        var result = await mediator.Send(
            new SaveComponentGroupCommand(
                null,
                String(body, "name"),
                ComponentIds(body) ?? [],
                GroupDisplayOrder(body)
            ),
            ct
        );
        var after = await MapperAsync(pageId, null, ct);
        return Json(GroupObject(FindGroupByName(after, result.Name)), StatusCodes.Status201Created);
    }

    [HttpPatch("{pageId}/component-groups/{groupId}")]
    [HttpPut("{pageId}/component-groups/{groupId}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> UpdateComponentGroup(
        string pageId,
        string groupId,
        CancellationToken ct
    )
    {
        var existing = FindGroup(await MapperAsync(pageId, null, ct), groupId);
        var (body, root) = await ReadWithRootAsync(Request, "component_group");
        RefuseGroupDescription(body, root);
        var result = await mediator.Send(
            new SaveComponentGroupCommand(
                existing.Name,
                String(body, "name"),
                ComponentIds(body),
                GroupDisplayOrder(body)
            ),
            ct
        );
        return Json(GroupObject(FindGroupByName(await MapperAsync(pageId, null, ct), result.Name)));
    }

    /// <summary>Deletes a group; its components stay, ungrouped. Answers the group as it was.</summary>
    [HttpDelete("{pageId}/component-groups/{groupId}")]
    [Authorize(Policy = ApiPolicies.Write)]
    public async Task<IActionResult> DeleteComponentGroup(
        string pageId,
        string groupId,
        CancellationToken ct
    )
    {
        var existing = FindGroup(await MapperAsync(pageId, null, ct), groupId);
        await mediator.Send(new DeleteComponentGroupCommand(existing.Name), ct);
        return Json(GroupObject(existing));
    }

    private static V2Component FindGroup(StatuspageV2Mapper mapper, string groupId) =>
        mapper.Components.FirstOrDefault(c =>
            c.Group && string.Equals(c.Id, groupId, StringComparison.OrdinalIgnoreCase)
        ) ?? throw new NotFoundException("Component group not found.");

    private static V2Component FindGroupByName(StatuspageV2Mapper mapper, string name) =>
        mapper.Components.First(c => c.Group && c.Name == name);

    private static List<Guid>? ComponentIds(JsonObject body)
    {
        if (!Has(body, "components"))
        {
            return null;
        }

        var ids = new List<Guid>();
        foreach (var id in Strings(body, "components"))
        {
            ids.Add(
                Guid.TryParse(id, out var guid)
                    ? guid
                    : throw new InvalidRequestException($"Component '{id}' not found.")
            );
        }

        return ids;
    }

    /// <summary>Statuspage's position is 1-based; it orders the group by its first member's DisplayOrder.</summary>
    private static int? GroupDisplayOrder(JsonObject body) =>
        Int(body, "position") is { } position ? Math.Max(position - 1, 0) : null;

    private static void RefuseGroupDescription(JsonObject body, JsonObject root)
    {
        if (
            Text(String(body, "description")) is not null
            || Text(String(root, "description")) is not null
        )
        {
            throw new InvalidRequestException(
                "Component groups have no description here: leave description out."
            );
        }
    }

    private async Task<StatuspageV2Mapper> MapperAsync(
        string? pageId,
        Guid? incidentId,
        CancellationToken ct
    )
    {
        var snapshot = await mediator.Send(
            new GetStatuspageSnapshotQuery(null, incidentId, caller.PageId),
            ct
        );
        // The key's own page only, by id or slug: any other is simply not found.
        if (
            pageId is not null
            && !(
                (Guid.TryParse(pageId, out var id) && id == snapshot.Page.Id)
                || pageId == snapshot.Page.Slug
            )
        )
        {
            throw new NotFoundException("Page not found.");
        }

        return new StatuspageV2Mapper(snapshot, options.Value.PublicBaseUrl);
    }

    private async Task<V2Incident> FindIncidentAsync(
        string pageId,
        string incidentId,
        CancellationToken ct
    ) =>
        Guid.TryParse(incidentId, out var id)
        && (await MapperAsync(pageId, id, ct)).Find(id) is { } found
            ? found
            : throw new NotFoundException("Incident not found.");

    private static V2Component FindComponent(StatuspageV2Mapper mapper, string componentId) =>
        mapper.Components.FirstOrDefault(c =>
            !c.Group && string.Equals(c.Id, componentId, StringComparison.OrdinalIgnoreCase)
        ) ?? throw new NotFoundException("Component not found.");

    /// <summary>A group_id is one of the page's derived group ids; its name is our group.</summary>
    private static string? GroupName(StatuspageV2Mapper mapper, string? groupId) =>
        string.IsNullOrEmpty(groupId)
            ? null
            : mapper.Components.FirstOrDefault(c => c.Group && c.Id == groupId)?.Name
                ?? throw new InvalidRequestException($"Component group '{groupId}' not found.");

    private static string? Text(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string? OurComponentStatus(string? status) =>
        string.IsNullOrEmpty(status) ? null
        : StatuspageVocabulary.ComponentStatuses.Contains(status)
            ? Vocabulary<Domain.Components.ComponentStatus>.Display(
                Vocabulary<Domain.Components.ComponentStatus>.Parse(status)
            )
        : throw new InvalidRequestException(
            $"status must be one of: {string.Join(", ", StatuspageVocabulary.ComponentStatuses)}."
        );

    private static string? OurIncidentStatus(string? status) =>
        string.IsNullOrEmpty(status) ? null
        : status is "investigating" or "identified" or "monitoring" or "resolved"
            ? Vocabulary<Domain.Incidents.IncidentStatus>.Display(
                Vocabulary<Domain.Incidents.IncidentStatus>.Parse(status)
            )
        : throw new InvalidRequestException(
            "status must be one of: investigating, identified, monitoring, resolved."
        );

    /// <summary>
    /// Statuspage sets the listed components' statuses directly; here an incident's impact imposes
    /// a status on its affected components, so the impact is impact_override ("" = none given), else
    /// the worst status in the components map.
    /// </summary>
    private static (IncidentImpact? Impact, List<Guid> Components) ImpactAndComponents(
        JsonObject body
    )
    {
        var ids = Strings(body, "component_ids");
        ComponentStatus? worst = null;
        if (body["components"] is JsonObject map)
        {
            foreach (var (id, status) in map)
            {
                ids.Add(id);
                if (OurComponentStatus(status?.ToString()) is { } display)
                {
                    var parsed = Vocabulary<ComponentStatus>.Parse(display);
                    worst = worst is null
                        ? parsed
                        : ComponentStatusSeverity.Worst([worst.Value, parsed]);
                }
            }
        }
        else
        {
            ids.AddRange(Strings(body, "components"));
        }

        IncidentImpact? impact = null;
        if (Text(String(body, "impact_override")) is { } overridden)
        {
            impact =
                StatuspageVocabulary.ImpactFrom(overridden)
                ?? throw new InvalidRequestException(
                    "impact_override must be one of: none, minor, major, critical."
                );
        }
        else if (worst is { } status)
        {
            impact = StatuspageVocabulary.ImpactImposing(status);
        }

        var components = new List<Guid>();
        foreach (var id in ids.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            components.Add(
                Guid.TryParse(id, out var guid)
                    ? guid
                    : throw new InvalidRequestException($"Component '{id}' not found.")
            );
        }

        return (impact, components);
    }

    private static JsonObject PageObject(StatuspageV2Mapper mapper)
    {
        var page = mapper.Page;
        return new JsonObject
        {
            ["id"] = page.Id,
            ["created_at"] = page.UpdatedAt,
            ["updated_at"] = page.UpdatedAt,
            ["name"] = page.Name,
            ["page_description"] = null,
            ["headline"] = null,
            ["branding"] = "basic",
            ["subdomain"] = null,
            ["domain"] = page.Url.StartsWith("https://", StringComparison.Ordinal)
                ? page.Url["https://".Length..]
                : null,
            ["url"] = page.Url,
            ["support_url"] = null,
            ["hidden_from_search"] = false,
            ["allow_page_subscribers"] = true,
            ["allow_incident_subscribers"] = false,
            ["allow_email_subscribers"] = true,
            ["allow_sms_subscribers"] = false,
            ["allow_rss_atom_feeds"] = true,
            ["allow_webhook_subscribers"] = true,
            ["notifications_from_email"] = null,
            ["notifications_email_footer"] = null,
            ["time_zone"] = page.TimeZone,
        };
    }

    private static JsonObject Component(V2Component component)
    {
        var json = JsonSerializer.SerializeToNode(component, StatuspageV2Json.Options)!.AsObject();
        json["automation_email"] = null;
        return json;
    }

    private static JsonObject Incident(V2Incident incident)
    {
        var json = JsonSerializer.SerializeToNode(incident, StatuspageV2Json.Options)!.AsObject();
        json["impact_override"] = null;
        json["metadata"] = new JsonObject();
        json["postmortem_body"] = null;
        json["postmortem_body_last_updated_at"] = null;
        json["postmortem_ignored"] = false;
        json["postmortem_notified_subscribers"] = false;
        json["postmortem_notified_twitter"] = false;
        json["postmortem_published_at"] = null;
        json.TryAdd("scheduled_for", null);
        json.TryAdd("scheduled_until", null);
        json["scheduled_remind_prior"] = false;
        json["scheduled_reminded_at"] = null;
        json["scheduled_auto_in_progress"] = false;
        json["scheduled_auto_completed"] = false;
        json["auto_transition_deliver_notifications_at_end"] = false;
        json["auto_transition_deliver_notifications_at_start"] = false;
        json["auto_transition_to_maintenance_state"] = false;
        json["auto_transition_to_operational_state"] = false;
        return json;
    }

    private static JsonObject GroupObject(V2Component group) =>
        new()
        {
            ["id"] = group.Id,
            ["page_id"] = group.PageId,
            ["name"] = group.Name,
            ["description"] = null,
            ["components"] = new JsonArray([.. (group.Components ?? []).Select(c => (JsonNode?)c)]),
            ["position"] = group.Position,
            ["created_at"] = group.CreatedAt,
            ["updated_at"] = group.UpdatedAt,
        };

    private static JsonObject IncidentUpdate(V2IncidentUpdate update)
    {
        var json = JsonSerializer.SerializeToNode(update, StatuspageV2Json.Options)!.AsObject();
        json["twitter_updated_at"] = null;
        json["wants_twitter_update"] = false;
        return json;
    }

    private static ContentResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        new()
        {
            StatusCode = status,
            Content = node.ToJsonString(StatuspageV2Json.Options),
            ContentType = StatuspageV2Json.ContentType,
        };
}
