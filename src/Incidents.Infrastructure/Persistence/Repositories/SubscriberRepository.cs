using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence.Repositories;

internal sealed class SubscriberRepository(IncidentsDbContext db) : ISubscriberRepository
{
    private DbSet<Subscriber> Subscribers => db.Set<Subscriber>();

    private DbSet<Delivery> Deliveries => db.Set<Delivery>();

    public Task<Subscriber?> GetAsync(Guid pageId, Guid id, CancellationToken cancellationToken) =>
        Subscribers.FirstOrDefaultAsync(s => s.Id == id && s.PageId == pageId, cancellationToken);

    public Task<Subscriber?> GetByTokenAsync(string token, CancellationToken cancellationToken) =>
        Subscribers.FirstOrDefaultAsync(s => s.Token == token, cancellationToken);

    public Task<Subscriber?> GetEmailAsync(
        Guid pageId,
        string email,
        CancellationToken cancellationToken
    ) =>
        Subscribers.FirstOrDefaultAsync(
            s =>
                s.PageId == pageId
                && s.Type == SubscriberType.Email
                && s.Email == email
                && s.IncidentId == null,
            cancellationToken
        );

    public Task<Subscriber?> GetFollowerAsync(
        Guid pageId,
        string email,
        Guid incidentId,
        CancellationToken cancellationToken
    ) =>
        Subscribers.FirstOrDefaultAsync(
            s => s.PageId == pageId && s.IncidentId == incidentId && s.Email == email,
            cancellationToken
        );

    public async Task<IReadOnlyList<Subscriber>> ListFollowersAsync(
        Guid pageId,
        Guid incidentId,
        CancellationToken cancellationToken
    ) =>
        await Subscribers
            .Where(s => s.PageId == pageId && s.IncidentId == incidentId && s.FollowEndedAt == null)
            .ToListAsync(cancellationToken);

    public Task<bool> AnyActiveAsync(Guid pageId, CancellationToken cancellationToken) =>
        Subscribers.AnyAsync(
            s => s.PageId == pageId && s.IsConfirmed && s.DisabledAt == null,
            cancellationToken
        );

    public void Add(Subscriber subscriber) => Subscribers.Add(subscriber);

    public void Remove(Subscriber subscriber) => Subscribers.Remove(subscriber);

    public Task<Delivery?> GetDeliveryAsync(
        Guid pageId,
        Guid id,
        CancellationToken cancellationToken
    ) => Deliveries.FirstOrDefaultAsync(d => d.Id == id && d.PageId == pageId, cancellationToken);

    public void AddDelivery(Delivery delivery) => db.AddDelivery(delivery);

    public void AddFanOut(FanOut fanOut) => db.AddFanOut(fanOut);
}
