using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Components.Commands.CreateComponent;
using Incidents.Application.Incidents.Commands.BackfillIncident;
using Incidents.Application.StatuspageCompatibility.Common;
using Incidents.Application.StatuspageCompatibility.Queries.GetImportState;
using Incidents.Domain.Common;
using Incidents.Domain.Incidents;
using Mediator;

namespace Incidents.Api.StatuspageCompatibility.Import;

/// <summary>
/// Imports a Statuspage export into the caller's page as an adapter over our own commands: each
/// missing component is a CreateComponent (its group a name on it), each past incident a
/// BackfillIncident (resolved, never notified, its timeline at the original times, shown on the
/// page, in history and in uptime). Original ids are stored as ExternalIds
/// (<c>statuspage:&lt;id&gt;</c>), so running it again matches everything and changes nothing.
/// Each item is its own command: one refused item (with the command's own message) leaves the
/// others done.
/// </summary>
public sealed class StatuspageImporter(IMediator mediator)
{
    public const string ExternalIdPrefix = "statuspage:";

    public async Task<StatuspageImportReport> ImportAsync(
        StatuspageExport export,
        CancellationToken cancellationToken
    )
    {
        var created = new List<StatuspageImportItem>();
        var skipped = new List<StatuspageImportItem>();
        var refused = new List<StatuspageImportItem>();
        var state = await mediator.Send(
            new GetImportStateQuery(ExternalIdPrefix),
            cancellationToken
        );
        var byExternalId = state
            .Components.Where(c => c.ExternalId is not null)
            .ToDictionary(c => c.ExternalId!, c => c.Id, StringComparer.Ordinal);
        var byName = state.Components.ToDictionary(
            c => c.Name,
            c => c.Id,
            StringComparer.OrdinalIgnoreCase
        );
        var groupsBefore = state
            .Components.Select(c => c.Group)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var groupNames = export
            .Components.Where(c => c.IsGroup)
            .ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        var ours = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var groupsFilled = new HashSet<string>(StringComparer.Ordinal);
        // Imported components go after the page's own, in the export's order.
        var order = state.Components.Count == 0 ? 0 : state.Components.Max(c => c.DisplayOrder) + 1;

        foreach (var component in export.Components.Where(c => !c.IsGroup))
        {
            var externalId = ExternalIdPrefix + component.Id;
            var group = component.GroupId is { } groupId
                ? groupNames.GetValueOrDefault(groupId)
                : null;
            if (
                byExternalId.TryGetValue(externalId, out var existing)
                || byName.TryGetValue(component.Name, out existing)
            )
            {
                ours[component.Id] = existing;
                skipped.Add(
                    Item(
                        "Component",
                        component.Id,
                        component.Name,
                        existing,
                        "Already on the page."
                    )
                );
                continue;
            }

            try
            {
                var id = await mediator.Send(
                    new CreateComponentCommand(
                        component.Name,
                        component.Description,
                        group,
                        order++,
                        null,
                        externalId
                    ),
                    cancellationToken
                );
                ours[component.Id] = id;
                byName[component.Name] = id;
                if (group is not null)
                {
                    groupsFilled.Add(group);
                }

                created.Add(Item("Component", component.Id, component.Name, id, null));
            }
            catch (Exception e) when (IsRefusal(e))
            {
                refused.Add(Item("Component", component.Id, component.Name, null, e.Message));
            }
        }

        foreach (var group in export.Components.Where(c => c.IsGroup))
        {
            var id = StatuspageGroupId.For(state.PageId, group.Name);
            if (groupsBefore.Contains(group.Name))
            {
                skipped.Add(Item("Group", group.Id, group.Name, null, "Already on the page."));
            }
            else if (groupsFilled.Contains(group.Name))
            {
                created.Add(Item("Group", group.Id, group.Name, id, null));
            }
            else
            {
                refused.Add(
                    Item(
                        "Group",
                        group.Id,
                        group.Name,
                        null,
                        "None of its components was created: a group here is the components in it."
                    )
                );
            }
        }

        foreach (var incident in export.Incidents)
        {
            var externalId = ExternalIdPrefix + incident.Id;
            if (state.IncidentExternalIds.Contains(externalId))
            {
                skipped.Add(
                    Item("Incident", incident.Id, incident.Name, null, "Already imported.")
                );
                continue;
            }

            if (RefusalOf(incident) is { } reason)
            {
                refused.Add(Item("Incident", incident.Id, incident.Name, null, reason));
                continue;
            }

            try
            {
                var (command, note) = Backfill(incident, externalId, ours);
                var id = await mediator.Send(command, cancellationToken);
                created.Add(Item("Incident", incident.Id, incident.Name, id, note));
            }
            catch (Exception e) when (IsRefusal(e))
            {
                refused.Add(Item("Incident", incident.Id, incident.Name, null, e.Message));
            }
        }

        return new StatuspageImportReport(created, skipped, refused);
    }

    private static string? RefusalOf(ExportedIncident incident) =>
        incident.IsMaintenance || incident.Impact == StatuspageVocabulary.MaintenanceImpact
            ? "A scheduled maintenance: not imported (schedule it with POST /api/admin/Maintenance)."
        : incident.Status is not ("resolved" or "postmortem")
            ? "Still open: only resolved incidents are imported, as history (open it with POST /api/admin/Incident)."
        : null;

    /// <summary>
    /// The incident's timeline oldest first at the times the page showed (display_at). Postmortem
    /// entries follow the resolution, so they are left out (noted); an empty body gets its status
    /// as text, since our updates always say something.
    /// </summary>
    private static (BackfillIncidentCommand Command, string? Note) Backfill(
        ExportedIncident incident,
        string externalId,
        Dictionary<string, Guid> ours
    )
    {
        var timeline = incident
            .Updates.Where(u => u.Status != "postmortem")
            .OrderBy(u => u.At)
            .Select(u =>
            {
                var status = Vocabulary<IncidentStatus>.TryParse(u.Status, out var parsed)
                    ? parsed
                    : throw new InvalidRequestException(
                        $"Update status '{u.Status}' is not an incident status."
                    );
                var display = Vocabulary<IncidentStatus>.Display(status);
                return new BackfillIncidentUpdate(
                    display,
                    string.IsNullOrWhiteSpace(u.Body) ? $"{display}." : u.Body,
                    u.At
                );
            })
            .ToList();
        var leftOut = incident.Updates.Count(u => u.Status == "postmortem");
        var last = timeline.LastOrDefault();
        var resolvedAt =
            last?.Status == nameof(IncidentStatus.Resolved) ? last.At!.Value
            : incident.ResolvedAt is { } resolved && (last is null || resolved >= last.At)
                ? resolved
            : last?.At ?? incident.UpdatedAt ?? incident.CreatedAt;
        var startedAt = new[] { incident.StartedAt ?? incident.CreatedAt, incident.CreatedAt }
            .Concat(timeline.Select(u => u.At!.Value))
            .Min();
        var components = incident
            .ComponentIds.Where(ours.ContainsKey)
            .Select(id => ours[id])
            .Distinct()
            .ToList();
        return (
            new BackfillIncidentCommand(
                incident.Name,
                Vocabulary<IncidentImpact>.Display(
                    StatuspageVocabulary.ImpactFrom(incident.Impact) ?? IncidentImpact.None
                ),
                components,
                startedAt,
                resolvedAt,
                timeline,
                externalId
            ),
            leftOut > 0 ? $"{leftOut} postmortem update(s) left out." : null
        );
    }

    private static bool IsRefusal(Exception e) =>
        e is RequestValidationException or InvalidRequestException or DomainException;

    private static StatuspageImportItem Item(
        string kind,
        string originalId,
        string name,
        Guid? id,
        string? reason
    ) => new(kind, originalId, name, id, reason);
}
