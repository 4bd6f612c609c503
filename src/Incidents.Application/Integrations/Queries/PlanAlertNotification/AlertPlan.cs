using Incidents.Application.Incidents.Commands.ClearAlertedIncident;
using Incidents.Application.Incidents.Commands.CreateIncident;

namespace Incidents.Application.Integrations.Queries.PlanAlertNotification;

/// <summary>Exactly one of <see cref="Open"/>, <see cref="Clear"/> is set, or neither (ignored, with the reason).</summary>
public sealed record AlertPlan(
    CreateIncidentCommand? Open,
    ClearAlertedIncidentCommand? Clear,
    string? IgnoredBecause
)
{
    public const string NoRuleMessage =
        "Alert group ignored: no rule matches and the default ignores.";
    public const string TestMessage = "Test notification received; no incident opened.";
    public const string NoFiringMessage = "Alert group ignored: no alert is firing.";
}
