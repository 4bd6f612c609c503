using System.Diagnostics.Metrics;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.Common.Observability;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// The first attempts of a fan-out reach the sender from the outbox dispatcher, stored already
/// leased to it, without a claim (ADR 0170); what does not fit in the sender's queue is claimed
/// as before. Either way every subscriber gets exactly one webhook and every delivery is
/// recorded once.
/// </summary>
public abstract class HandedOverFanOutTests<TDatabase>
    where TDatabase : IncidentsApiFactory, new()
{
    private const int Subscribers = 300;

    protected HandedOverFanOutTests(InstancesFixture<TDatabase> fixture)
    {
        Fixture = fixture;
        if (fixture.Database.SkipReason is not null)
        {
            Assert.Skip(fixture.Database.SkipReason);
        }
    }

    protected InstancesFixture<TDatabase> Fixture { get; }

    [Fact]
    public async Task FanOut_WithRoomInTheSendersQueue_IsHandedOver_NotClaimed()
    {
        // Slices of 100 and the default room (2,000 queued): every slice fits.
        var (handedOver, claimed) = await FanOutAsync(
            "handed-",
            new Dictionary<string, string> { ["Notifications:Workers:FanOutSlice"] = "100" }
        );

        Assert.Equal(Subscribers, handedOver);
        Assert.Equal(0, claimed);
    }

    [Fact]
    public async Task FanOut_LargerThanTheSendersRoom_IsPartlyHandedOver_TheRestClaimed_EachOnce()
    {
        // Room for 40 queued: most of each slice of 100 is stored unleased and claimed.
        var (handedOver, claimed) = await FanOutAsync(
            "mixed-",
            new Dictionary<string, string>
            {
                ["Notifications:Workers:FanOutSlice"] = "100",
                ["Notifications:Workers:HandoverQueue"] = "40",
                // Not waiting for room: what does not fit is stored unleased.
                ["Notifications:Workers:HandoverWait"] = "00:00:00",
            }
        );

        Assert.InRange(handedOver, 1, 3 * 40);
        Assert.Equal(Subscribers, handedOver + claimed);
    }

    [Fact]
    public async Task FanOut_LargerThanTheSendersRoom_WaitsForRoom_AndIsHandedOverWhole()
    {
        // Room for 150 queued, slices of 100: each slice after the first waits until the sender
        // has room for all of it (ADR 0176), instead of leaving part of it to be claimed.
        var (handedOver, claimed) = await FanOutAsync(
            "paced-",
            new Dictionary<string, string>
            {
                ["Notifications:Workers:FanOutSlice"] = "100",
                ["Notifications:Workers:HandoverQueue"] = "150",
                ["Notifications:Workers:HandoverWait"] = "00:01:00",
            }
        );

        Assert.Equal(Subscribers, handedOver);
        Assert.Equal(0, claimed);
    }

    [Fact]
    public async Task FanOut_WithTheHandoverOff_IsClaimed()
    {
        var (handedOver, claimed) = await FanOutAsync(
            "claimed-",
            new Dictionary<string, string>
            {
                ["Notifications:Workers:FanOutSlice"] = "100",
                ["Notifications:Workers:HandoverQueue"] = "0",
            }
        );

        Assert.Equal(0, handedOver);
        Assert.Equal(Subscribers, claimed);
    }

    /// <summary>One incident to <see cref="Subscribers"/> webhooks; returns how their deliveries reached the sender.</summary>
    private async Task<(long HandedOver, long Claimed)> FanOutAsync(
        string name,
        Dictionary<string, string> settings
    )
    {
        await using var host = NotificationsHost.Create(Fixture.Database, null, settings);
        var queued = new Dictionary<string, long> { ["handover"] = 0, ["claim"] = 0 };
        using var listener = QueuedListener(host, queued);
        var page = await host.CreatePageClientAsync();
        var prefix = name + Guid.NewGuid().ToString("N")[..8] + "-";
        await host.WithDbAsync(db =>
        {
            db.AddRange(
                WebhookSubscribers.Create(
                    page.PageId,
                    Subscribers,
                    DateTimeOffset.UtcNow,
                    i => Fixture.Sink.Url(prefix + i)
                )
            );
            return db.SaveChangesAsync();
        });

        await page.Http.CreateIncidentAsync(title: "Handed over");

        var received = await Eventually.WaitAsync(
            () => Mine(prefix),
            r => r.Count >= Subscribers,
            $"{Subscribers} webhooks",
            seconds: 90
        );
        var recorded = await Eventually.WaitAsync(
            () =>
                host.WithDbAsync(db =>
                    db.Set<Delivery>()
                        .AsNoTracking()
                        .Where(d => d.PageId == page.PageId)
                        .ToListAsync()
                ),
            ds => ds.Count >= Subscribers && ds.All(d => d.State == DeliveryState.Succeeded),
            "every delivery recorded as succeeded",
            seconds: 60
        );
        // A late duplicate would arrive within this.
        await Task.Delay(1000, TestContext.Current.CancellationToken);
        received = Mine(prefix);
        Assert.Equal(Subscribers, received.Count);
        Assert.Equal(Subscribers, received.Select(r => r.Path).Distinct().Count());
        Assert.Equal(Subscribers, recorded.Count);
        Assert.All(recorded, d => Assert.Equal(1, d.Attempts));
        Assert.All(recorded, d => Assert.Null(d.LockedBy));
        lock (queued)
        {
            return (queued["handover"], queued["claim"]);
        }
    }

    /// <summary>Counts incidents.deliveries.queued of this host by its "via" tag.</summary>
    private static MeterListener QueuedListener(
        NotificationsHost host,
        Dictionary<string, long> queued
    )
    {
        var meterScope = host.App.Services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (
                    instrument.Meter.Name == IncidentsMetrics.MeterName
                    && instrument.Meter.Scope == meterScope
                    && instrument.Name == "incidents.deliveries.queued"
                )
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>(
            (_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "via" && tag.Value is string via)
                    {
                        lock (queued)
                        {
                            queued[via] = queued.GetValueOrDefault(via) + value;
                        }
                    }
                }
            }
        );
        listener.Start();
        return listener;
    }

    private List<ReceivedWebhook> Mine(string prefix) =>
        Fixture
            .Sink.Received.Where(r => r.Path.StartsWith("/" + prefix, StringComparison.Ordinal))
            .ToList();
}

public sealed class SqliteHandedOverFanOutTests(SqliteInstancesFixture fixture)
    : HandedOverFanOutTests<SqliteApiFactory>(fixture),
        IClassFixture<SqliteInstancesFixture>;

public sealed class PostgreSqlHandedOverFanOutTests(PostgreSqlInstancesFixture fixture)
    : HandedOverFanOutTests<PostgreSqlApiFactory>(fixture),
        IClassFixture<PostgreSqlInstancesFixture>;
