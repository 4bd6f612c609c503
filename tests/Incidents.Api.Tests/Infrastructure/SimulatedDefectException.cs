namespace Incidents.Api.Tests.Infrastructure;

/// <summary>Thrown by <see cref="FailingIncidentReadRepository"/>: a type no handler expects.</summary>
public sealed class SimulatedDefectException(string message) : Exception(message);
