using Incidents.Domain.Common;
using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Incidents;

/// <summary>Backfilled incidents: one message per rule; a valid one is resolved, silent, at its own times.</summary>
public class IncidentBackfillTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Started = Now.AddDays(-10);
    private static readonly DateTimeOffset Resolved = Started.AddHours(3);

    private static Incident Backfill(
        IReadOnlyList<BackfillEntry>? updates = null,
        DateTimeOffset? startedAt = null,
        DateTimeOffset? resolvedAt = null,
        string title = "Old outage",
        IEnumerable<Guid>? components = null
    ) =>
        Incident.Backfill(
            Guid.NewGuid(),
            title,
            IncidentImpact.MajorOutage,
            components ?? [],
            startedAt ?? Started,
            resolvedAt ?? Resolved,
            updates
                ??
                [
                    new(IncidentStatus.Investigating, "Looking.", Started),
                    new(IncidentStatus.Identified, "Found it.", Started.AddHours(1)),
                ],
            Now
        );

    [Fact]
    public void Backfill_WhenValid_RecordsTimelineAtItsTimesResolvedAndSilent()
    {
        var component = Guid.NewGuid();

        var incident = Backfill(components: [component]);

        Assert.True(incident.Backfilled);
        Assert.True(incident.IsResolved);
        Assert.False(incident.Notify);
        Assert.Equal(Started, incident.CreatedAt);
        Assert.Equal(Resolved, incident.ResolvedAt);
        Assert.Equal(
            [Started, Started.AddHours(1), Resolved],
            incident.Updates.Select(u => u.CreatedAt)
        );
        Assert.Equal(IncidentStatus.Resolved, incident.Updates[^1].Status);
        Assert.Equal(Incident.DefaultResolutionDescription, incident.Updates[^1].Description);
        Assert.All(incident.Updates, u => Assert.False(u.Notify));
        var backfilled = Assert.IsType<IncidentBackfilled>(Assert.Single(incident.DomainEvents));
        Assert.Equal((Started, Resolved), (backfilled.StartedAt, backfilled.ResolvedAt));
        Assert.Equal([component], backfilled.AffectedComponentIds);
    }

    [Fact]
    public void Backfill_WithResolvedLastUpdateAtResolvedAt_UsesItAsTheResolution()
    {
        var incident = Backfill([
            new(IncidentStatus.Investigating, "Looking.", Started),
            new(IncidentStatus.Resolved, "Fixed the disk.", Resolved),
        ]);

        Assert.Equal(2, incident.Updates.Count);
        Assert.Equal("Fixed the disk.", incident.Updates[^1].Description);
    }

    public static TheoryData<string, Func<Incident>> BrokenRules =>
        new()
        {
            { "Title is required.", () => Backfill(title: " ") },
            {
                "StartedAt must be in the past.",
                () => Backfill(startedAt: Now.AddMinutes(1), resolvedAt: Now.AddHours(1))
            },
            { "ResolvedAt must be in the past.", () => Backfill(resolvedAt: Now.AddSeconds(1)) },
            { "ResolvedAt must be after StartedAt.", () => Backfill(resolvedAt: Started) },
            { "Updates must have at least one entry.", () => Backfill([]) },
            {
                "Updates must have at most 100 entries.",
                () =>
                    Backfill(
                        Enumerable
                            .Range(0, 101)
                            .Select(i => new BackfillEntry(
                                IncidentStatus.Investigating,
                                "x",
                                Started
                            ))
                            .ToList()
                    )
            },
            {
                "Each update's At must be between StartedAt and ResolvedAt.",
                () =>
                    Backfill([new(IncidentStatus.Investigating, "Early.", Started.AddSeconds(-1))])
            },
            {
                "Each update's At must be between StartedAt and ResolvedAt.",
                () => Backfill([new(IncidentStatus.Investigating, "Late.", Resolved.AddSeconds(1))])
            },
            {
                "Updates must be in time order.",
                () =>
                    Backfill([
                        new(IncidentStatus.Investigating, "Second.", Started.AddHours(1)),
                        new(IncidentStatus.Identified, "First.", Started),
                    ])
            },
            {
                "Only the last update can be Resolved.",
                () =>
                    Backfill([
                        new(IncidentStatus.Resolved, "Too soon.", Started),
                        new(IncidentStatus.Monitoring, "Watching.", Started.AddHours(1)),
                    ])
            },
            {
                "A Resolved update must be at ResolvedAt.",
                () => Backfill([new(IncidentStatus.Resolved, "Done.", Started.AddHours(1))])
            },
            {
                "Description is required.",
                () => Backfill([new(IncidentStatus.Investigating, " ", Started)])
            },
        };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void Backfill_WhenARuleIsBroken_ThrowsItsMessage(string message, Func<Incident> act)
    {
        var error = Assert.Throws<DomainException>(() => act());

        Assert.Equal(message, error.Message);
    }
}
