namespace Incidents.Api.PublicStatus.Live;

/// <summary>A notice that something on a page changed; open pages refetch the parts they show.</summary>
public sealed record StatusPageChange(Guid PageId, string Kind, DateTimeOffset OccurredAt);
