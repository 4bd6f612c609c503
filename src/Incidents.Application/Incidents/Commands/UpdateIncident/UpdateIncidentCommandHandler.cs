using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Templates.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;
using Mediator;

namespace Incidents.Application.Incidents.Commands.UpdateIncident;

public sealed class UpdateIncidentCommandHandler(
    IncidentLoader loader,
    AffectedComponentsGuard affectedComponentsGuard,
    ComponentStatusSynchronizer componentStatuses,
    TemplateLoader templates,
    TemplatePrefill prefill,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<UpdateIncidentCommand, Unit>
{
    public async ValueTask<Unit> Handle(
        UpdateIncidentCommand command,
        CancellationToken cancellationToken
    )
    {
        var incident = await loader.LoadForChangeAsync(
            command.IncidentId!.Value,
            cancellationToken
        );
        var description = command.Description;
        var status = Vocabulary<IncidentStatus>.ParseOptional(command.Status);
        var impact = Vocabulary<IncidentImpact>.ParseOptional(command.Impact);
        var affected = command.AffectedComponents;
        var notify = command.IsNotify;
        if (command.TemplateId is { } templateId)
        {
            // An update has no title: the template's Title is not used here.
            var template = await templates.LoadForUseAsync(
                templateId,
                TemplateKind.Incident,
                cancellationToken
            );
            status ??= template.Status;
            impact ??= template.Impact;
            if (affected is null && template.AffectedComponentIds.Count > 0)
            {
                affected = await prefill.ExistingComponentsAsync(template, cancellationToken);
            }

            notify ??= template.Notify;
            var values = new Dictionary<string, string>
            {
                [TemplatePlaceholders.Component] = await prefill.ComponentNamesAsync(
                    affected ?? incident.AffectedComponentIds,
                    cancellationToken
                ),
                [TemplatePlaceholders.StartedAt] = TemplatePrefill.FormatTime(incident.CreatedAt),
                [TemplatePlaceholders.Status] = Vocabulary<IncidentStatus>.Display(
                    status ?? incident.Status
                ),
                [TemplatePlaceholders.Impact] = Vocabulary<IncidentImpact>.Display(
                    impact ?? incident.Impact
                ),
            };
            description ??= TemplatePrefill.Render(template.Description, values);
        }

        if (affected is not null)
        {
            await affectedComponentsGuard.EnsureOnPageAsync(
                caller.PageId,
                affected,
                cancellationToken
            );
        }

        var previouslyAffected = incident.AffectedComponentIds.ToList();
        var update = incident.PostUpdate(
            description ?? string.Empty,
            status,
            impact,
            affected,
            notify,
            timeProvider.GetUtcNow(),
            command.Publish == true,
            command.Translations
        );
        await componentStatuses.SynchronizeAsync(
            incident,
            previouslyAffected.Union(incident.AffectedComponentIds),
            update.Notify,
            cancellationToken
        );
        return Unit.Value;
    }
}
