using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence;

public abstract partial class IncidentsDbContext
{
    /// <summary>Subscribers read per query while a fan-out is carried out outside the outbox dispatcher.</summary>
    private const int FanOutReadSize = 1000;

    /// <summary>Fan-outs declared in this unit of work and not carried out yet (ADR 0183).</summary>
    private readonly List<FanOut> _fanOuts = [];

    /// <summary>Declares a fan-out; the outbox dispatcher carries it out, or else the next save.</summary>
    internal void AddFanOut(FanOut fanOut)
    {
        ResetIfRentedAgain();
        _fanOuts.Add(fanOut);
    }

    /// <summary>Takes the declared fan-outs out: the caller carries them out.</summary>
    internal List<FanOut> TakeFanOuts()
    {
        ResetIfRentedAgain();
        var taken = new List<FanOut>(_fanOuts);
        _fanOuts.Clear();
        return taken;
    }

    /// <summary>
    /// The deliveries of the next part of a fan-out: its page's active subscribers after
    /// <paramref name="after"/> (by id, the order the dispatcher's cursor follows), read
    /// <paramref name="readSize"/> at a time until at least <paramref name="wanted"/> deliveries
    /// are made or none are left. The subscribers read are remembered, so the deliveries go to the
    /// sender with them (ADR 0170).
    /// </summary>
    internal async Task<FanOutPart> ReadFanOutAsync(
        FanOut fanOut,
        Guid? after,
        int wanted,
        int readSize,
        CancellationToken cancellationToken
    )
    {
        var deliveries = new List<Delivery>();
        var last = after;
        while (true)
        {
            var pageId = fanOut.PageId;
            var active = Set<Subscriber>()
                .AsNoTracking()
                .Where(s => s.PageId == pageId && s.IsConfirmed && s.DisabledAt == null);
            if (last is { } from)
            {
                // A plain range (no "@from IS NULL OR"), so it seeks in the (PageId, Id) index.
                active = active.Where(s => s.Id.CompareTo(from) > 0);
            }

            var read = await active
                .OrderBy(s => s.Id)
                .Take(readSize)
                .ToListAsync(cancellationToken);
            RememberSubscribers(read);
            foreach (var subscriber in read)
            {
                if (fanOut.DeliveryFor(subscriber) is { } delivery)
                {
                    deliveries.Add(delivery);
                }
            }

            if (read.Count > 0)
            {
                last = read[^1].Id;
            }

            if (read.Count < readSize)
            {
                return new FanOutPart(deliveries, last, Complete: true);
            }

            if (deliveries.Count >= wanted)
            {
                return new FanOutPart(deliveries, last, Complete: false);
            }
        }
    }

    /// <summary>Carries out, whole, the fan-outs nobody took before this save (outside the outbox dispatcher).</summary>
    private async Task CarryOutFanOutsAsync(CancellationToken cancellationToken)
    {
        foreach (var fanOut in TakeFanOuts())
        {
            var part = await ReadFanOutAsync(
                fanOut,
                null,
                int.MaxValue,
                FanOutReadSize,
                cancellationToken
            );
            foreach (var delivery in part.Deliveries)
            {
                AddDelivery(delivery);
            }
        }
    }
}
