namespace Incidents.Application.Subscribers.Commands.CreateSubscriber;

/// <param name="Secret">The webhook signing secret, shown only here (and on rotation); null for email.</param>
public sealed record CreatedSubscriber(Guid Id, string? Secret);
