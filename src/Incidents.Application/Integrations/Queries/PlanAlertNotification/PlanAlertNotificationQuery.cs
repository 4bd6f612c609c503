using Incidents.Application.Integrations.Common;
using Mediator;

namespace Incidents.Application.Integrations.Queries.PlanAlertNotification;

/// <summary>
/// Decides what a received alert notification means for the calling integration's page: open an
/// incident, clear one, or nothing. The receiver then sends that command through the same
/// pipeline as the admin API (one write path).
/// </summary>
public sealed record PlanAlertNotificationQuery(
    Guid IntegrationId,
    AlertGroupNotification Notification,
    bool IsGrafana
) : IQuery<AlertPlan>;
