namespace Incidents.Infrastructure.ScaleOut;

internal sealed record SerializedDomainEvent(string Type, string Payload);
