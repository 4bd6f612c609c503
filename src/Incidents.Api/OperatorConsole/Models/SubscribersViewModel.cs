using Incidents.Application.Common.Models;
using Incidents.Application.Subscribers.Commands.CreateSubscriber;
using Incidents.Application.Subscribers.Queries;

namespace Incidents.Api.OperatorConsole.Models;

/// <param name="Created">The subscriber just added, with its webhook secret: shown in this answer only.</param>
public sealed record SubscribersViewModel(
    ConsolePageAccess Access,
    PagedResult<SubscriberDto> Subscribers,
    string? Search,
    SubscriberForm Form,
    CreatedSubscriber? Created
);
