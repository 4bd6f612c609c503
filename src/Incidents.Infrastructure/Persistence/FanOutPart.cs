using Incidents.Domain.Subscribers;

namespace Incidents.Infrastructure.Persistence;

/// <summary>
/// What one read of a fan-out's subscribers made: its deliveries, the last subscriber read (the
/// cursor to resume after), and whether no subscriber is left after it.
/// </summary>
internal sealed record FanOutPart(List<Delivery> Deliveries, Guid? Last, bool Complete);
