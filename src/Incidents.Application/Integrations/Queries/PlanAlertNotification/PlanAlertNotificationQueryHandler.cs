using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Incidents.Commands.ClearAlertedIncident;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Integrations.Common;
using Incidents.Domain.Incidents;
using Incidents.Domain.Integrations;
using Mediator;

namespace Incidents.Application.Integrations.Queries.PlanAlertNotification;

public sealed class PlanAlertNotificationQueryHandler(
    IIntegrationRepository integrations,
    ICurrentCaller caller
) : IQueryHandler<PlanAlertNotificationQuery, AlertPlan>
{
    public async ValueTask<AlertPlan> Handle(
        PlanAlertNotificationQuery query,
        CancellationToken cancellationToken
    )
    {
        var integration = await integrations.FindAsync(query.IntegrationId, cancellationToken);
        if (integration is null || integration.PageId != caller.PageId)
        {
            throw new NotFoundException($"Integration {query.IntegrationId} not found.");
        }

        var notification = query.Notification;
        var externalId = integration.ExternalIdFor(notification.GroupKey!);
        if (notification.Status == AlertGroupNotification.Resolved)
        {
            // Alertmanager computes status over the alerts it kept: with some truncated, "resolved"
            // does not prove the whole group is.
            return new AlertPlan(
                null,
                new ClearAlertedIncidentCommand(externalId, notification.TruncatedAlerts == 0),
                null
            );
        }

        if (query.IsGrafana && IsGrafanaTest(notification))
        {
            return new AlertPlan(null, null, AlertPlan.TestMessage);
        }

        if (notification.Alerts!.All(a => a.Status == AlertGroupNotification.Resolved))
        {
            return new AlertPlan(null, null, AlertPlan.NoFiringMessage);
        }

        var rule = integration.RuleFor(notification.Labels());
        if (rule is null)
        {
            return new AlertPlan(null, null, AlertPlan.NoRuleMessage);
        }

        return new AlertPlan(
            new CreateIncidentCommand(
                AlertIncidentText.Title(rule, notification),
                AlertIncidentText.Description(rule, notification),
                nameof(IncidentStatus.Investigating),
                rule.Impact,
                rule.Components,
                IsNotify: true,
                ExternalId: externalId,
                Publish: rule.Publish
            ),
            null,
            null
        );
    }

    /// <summary>Grafana's "Test" button sends one alert TestAlert from instance Grafana.</summary>
    private static bool IsGrafanaTest(AlertGroupNotification notification) =>
        notification.Alerts is [var only]
        && only.Labels?.GetValueOrDefault("alertname") == "TestAlert"
        && only.Labels?.GetValueOrDefault("instance") == "Grafana";
}
