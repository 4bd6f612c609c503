using FluentValidation;
using Incidents.Application.Integrations.Common;

namespace Incidents.Application.Integrations.Queries.PlanAlertNotification;

/// <summary>What any notification must carry to be understood (the sender logs the 400 and our reason).</summary>
public sealed class PlanAlertNotificationQueryValidator
    : AbstractValidator<PlanAlertNotificationQuery>
{
    public const int MaxGroupKeyLength = 8_000;
    public const int MaxAlerts = 1_000;

    public PlanAlertNotificationQueryValidator()
    {
        RuleFor(q => q.Notification.Status)
            .Must(s => s is AlertGroupNotification.Firing or AlertGroupNotification.Resolved)
            .WithMessage("status must be 'firing' or 'resolved'.")
            .OverridePropertyName("status");
        RuleFor(q => q.Notification.GroupKey)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("groupKey is required.")
            .MaximumLength(MaxGroupKeyLength)
            .WithMessage($"groupKey must be at most {MaxGroupKeyLength} characters.")
            .OverridePropertyName("groupKey");
        RuleFor(q => q.Notification.Alerts)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage("alerts is required.")
            .Must(a => a!.Count <= MaxAlerts && a.All(x => x is not null))
            .WithMessage($"alerts must list at most {MaxAlerts} alerts, none null.")
            .OverridePropertyName("alerts");
        RuleFor(q => q.Notification.TruncatedAlerts)
            .GreaterThanOrEqualTo(0)
            .WithMessage("truncatedAlerts must not be negative.")
            .OverridePropertyName("truncatedAlerts");
    }
}
