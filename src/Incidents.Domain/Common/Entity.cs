namespace Incidents.Domain.Common;

/// <summary>An object with an identity that outlives changes to its values.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; }
}
