using Incidents.Api.OpenApi;

namespace Incidents.Api.Models.Subscribers;

/// <param name="Components">Component ids; empty = every component.</param>
public sealed record SubscribeModel(
    [ContractRequired] string? Email,
    IReadOnlyList<Guid>? Components
);
