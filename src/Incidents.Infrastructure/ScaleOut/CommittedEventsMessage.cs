namespace Incidents.Infrastructure.ScaleOut;

/// <summary>What one instance tells the others after a commit: the save's domain events, serialized.</summary>
internal sealed record CommittedEventsMessage(
    string Origin,
    IReadOnlyList<SerializedDomainEvent> Events
);
