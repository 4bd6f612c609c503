using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Api.Models.Integrations;
using Incidents.Application.Incidents.Commands.ClearAlertedIncident;
using Incidents.Application.Integrations.Common;
using Incidents.Application.Integrations.Queries.PlanAlertNotification;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Incidents.Api.Controllers;

/// <summary>
/// Where Alertmanager and Grafana post. An adapter only: the notification is planned against the
/// integration's rules, then the same commands as the admin API's run (create with ExternalId,
/// clear). Answers: 2xx for everything handled or deliberately ignored (so the sender stops
/// re-sending), 400 for a body we cannot understand, 401 for bad credentials, 503 when the
/// database is down (the sender retries). Left out of the OpenAPI document: the bodies are
/// Alertmanager's and Grafana's formats and the credential is the integration's bearer token, not
/// an API key (docs/integrations.md documents both).
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)]
[Produces("application/json")]
[Authorize(Policy = ApiPolicies.Integration)]
public sealed class AlertReceiverController(IMediator mediator) : ControllerBase
{
    public const string AlertmanagerPath = "api/integrations/alertmanager";
    public const string GrafanaPath = "api/integrations/grafana";

    [HttpPost($"{AlertmanagerPath}/{{id:guid}}")]
    public Task<ApiMessage> Alertmanager(
        Guid id,
        AlertmanagerWebhookModel model,
        CancellationToken cancellationToken
    ) => ReceiveAsync(id, model, isGrafana: false, cancellationToken);

    [HttpPost($"{GrafanaPath}/{{id:guid}}")]
    public Task<ApiMessage> Grafana(
        Guid id,
        GrafanaWebhookModel model,
        CancellationToken cancellationToken
    ) => ReceiveAsync(id, model, isGrafana: true, cancellationToken);

    private async Task<ApiMessage> ReceiveAsync(
        Guid id,
        AlertmanagerWebhookModel model,
        bool isGrafana,
        CancellationToken cancellationToken
    )
    {
        var plan = await mediator.Send(
            new PlanAlertNotificationQuery(id, ToNotification(model), isGrafana),
            cancellationToken
        );
        if (plan.Open is { } open)
        {
            var result = await mediator.Send(open, cancellationToken);
            return new ApiMessage(
                true,
                result.Created
                    ? $"Incident {result.IncidentId} opened."
                    : $"Incident {result.IncidentId} already open for this alert group."
            );
        }

        if (plan.Clear is { } clear)
        {
            var result = await mediator.Send(clear, cancellationToken);
            return new ApiMessage(
                true,
                result.Outcome switch
                {
                    ClearAlertsOutcome.Resolved => $"Incident {result.IncidentId} resolved.",
                    ClearAlertsOutcome.LeftOpen =>
                        $"Incident {result.IncidentId}: alerts cleared, left open for a person to resolve.",
                    ClearAlertsOutcome.Unchanged =>
                        $"Incident {result.IncidentId}: alerts already reported cleared.",
                    _ => "No open incident for this alert group.",
                }
            );
        }

        return new ApiMessage(true, plan.IgnoredBecause!);
    }

    private static AlertGroupNotification ToNotification(AlertmanagerWebhookModel model) =>
        new(
            model.Status,
            model.GroupKey,
            model.TruncatedAlerts ?? 0,
            model.GroupLabels,
            model.CommonLabels,
            model.CommonAnnotations,
            model
                .Alerts?.Select(a =>
                    a is null
                        ? null!
                        : new AlertNotificationItem(
                            a.Status,
                            a.Labels,
                            a.Annotations,
                            a.Fingerprint
                        )
                )
                .ToList()
        );
}
