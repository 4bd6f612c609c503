namespace Incidents.Api.Models.Subscribers;

/// <param name="Components">Component ids; empty = every component.</param>
public sealed record SubscribeModel(string? Email, IReadOnlyList<Guid>? Components);
