using Incidents.Application.Common.Interfaces;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Templates.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;
using Mediator;

namespace Incidents.Application.Incidents.Commands.CreateIncident;

public sealed class CreateIncidentCommandHandler(
    IIncidentRepository incidents,
    AffectedComponentsGuard affectedComponentsGuard,
    ComponentStatusSynchronizer componentStatuses,
    TemplateLoader templates,
    TemplatePrefill prefill,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<CreateIncidentCommand, CreateIncidentResult>
{
    public async ValueTask<CreateIncidentResult> Handle(
        CreateIncidentCommand command,
        CancellationToken cancellationToken
    )
    {
        if (!string.IsNullOrWhiteSpace(command.ExternalId))
        {
            // A repeat (an alert re-sent while its incident is open): one indexed read, no write.
            var open = await incidents.FindUnresolvedIdByExternalIdAsync(
                caller.PageId,
                command.ExternalId.Trim(),
                cancellationToken
            );
            if (open is { } openId)
            {
                return new CreateIncidentResult(openId, Created: false);
            }
        }

        var now = timeProvider.GetUtcNow();
        var title = command.Title;
        var description = command.Description;
        var status = Vocabulary<IncidentStatus>.ParseOptional(command.Status);
        var impact = Vocabulary<IncidentImpact>.ParseOptional(command.Impact);
        var affected = command.AffectedComponents;
        var notify = command.IsNotify;
        if (command.TemplateId is { } templateId)
        {
            // The request's fields win; the template fills in the rest (a copy: the incident does
            // not change when the template does).
            var template = await templates.LoadForUseAsync(
                templateId,
                TemplateKind.Incident,
                cancellationToken
            );
            status ??= template.Status;
            impact ??= template.Impact;
            affected ??= await prefill.ExistingComponentsAsync(template, cancellationToken);
            notify ??= template.Notify;
            var values = new Dictionary<string, string>
            {
                [TemplatePlaceholders.Component] = await prefill.ComponentNamesAsync(
                    affected,
                    cancellationToken
                ),
                [TemplatePlaceholders.StartedAt] = TemplatePrefill.FormatTime(now),
                [TemplatePlaceholders.Status] = Vocabulary<IncidentStatus>.Display(
                    status ?? IncidentStatus.Investigating
                ),
                [TemplatePlaceholders.Impact] = Vocabulary<IncidentImpact>.Display(
                    impact ?? IncidentImpact.None
                ),
            };
            title ??= TemplatePrefill.Render(template.Title, values);
            description ??= TemplatePrefill.Render(template.Description, values);
        }

        affected ??= [];
        await affectedComponentsGuard.EnsureOnPageAsync(caller.PageId, affected, cancellationToken);

        var incident = Incident.Open(
            caller.PageId,
            title ?? string.Empty,
            description ?? string.Empty,
            status ?? IncidentStatus.Investigating,
            impact ?? IncidentImpact.None,
            affected,
            notify ?? false,
            now,
            command.ExternalId,
            command.Publish ?? true,
            command.TitleTranslations,
            command.Translations
        );
        incidents.Add(incident);
        await componentStatuses.SynchronizeAsync(
            incident,
            incident.AffectedComponentIds,
            incident.Notify,
            cancellationToken
        );
        return new CreateIncidentResult(incident.Id, Created: true);
    }
}
