using Incidents.Domain.Common;

namespace Incidents.Domain.Maintenances;

/// <summary>
/// A recurring maintenance: the rule and the template its occurrences are made from. Each
/// occurrence is its own <see cref="Maintenance"/> (scheduled ahead, cancellable on its own);
/// ending the series stops new ones and cancels the scheduled ones.
/// </summary>
public sealed class MaintenanceSeries : AggregateRoot
{
    public const string AlreadyEndedMessage = "Maintenance series already ended.";

    private List<Guid> _affectedComponentIds = [];

    private MaintenanceSeries() { }

    public Guid PageId { get; private set; }

    public string Rule { get; private set; } = string.Empty;

    public string TimeZone { get; private set; } = string.Empty;

    public DateTimeOffset? Until { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    /// <summary>The first occurrence's window, UTC: the rule's DTSTART and the local duration of every occurrence.</summary>
    public DateTimeOffset FirstScheduledFor { get; private set; }

    public DateTimeOffset FirstScheduledUntil { get; private set; }

    public bool AutoStart { get; private set; }

    public bool AutoComplete { get; private set; }

    public int? RemindBeforeMinutes { get; private set; }

    public bool Notify { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<Guid> AffectedComponentIds => _affectedComponentIds.AsReadOnly();

    public bool IsEnded => EndedAt is not null;

    public Recurrence Recurrence => Recurrence.Create(Rule, TimeZone, Until);

    /// <summary>Starts a series from its first occurrence, which must already be valid (<see cref="Maintenance.Schedule"/>).</summary>
    public static MaintenanceSeries Start(
        Maintenance first,
        Recurrence recurrence,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(recurrence);
        return new MaintenanceSeries
        {
            Id =
                first.SeriesId
                ?? throw new ArgumentException(
                    "The first occurrence needs its series id.",
                    nameof(first)
                ),
            PageId = first.PageId,
            Rule = recurrence.Rule,
            TimeZone = recurrence.TimeZone,
            Until = recurrence.Until,
            Title = first.Title,
            Description = first.Updates[0].Description,
            FirstScheduledFor = first.ScheduledFor,
            FirstScheduledUntil = first.ScheduledUntil,
            AutoStart = first.AutoStart,
            AutoComplete = first.AutoComplete,
            RemindBeforeMinutes = first.RemindBeforeMinutes,
            Notify = first.Notify,
            CreatedAt = now,
            Version = Guid.NewGuid(),
            _affectedComponentIds = first.AffectedComponentIds.ToList(),
        };
    }

    /// <summary>A new id for a series about to be started, so its first occurrence can point to it.</summary>
    public static Guid NewId(DateTimeOffset now) => Guid.CreateVersion7(now);

    /// <summary>The occurrence for this window, from the template.</summary>
    public Maintenance Occurrence(
        DateTimeOffset scheduledFor,
        DateTimeOffset scheduledUntil,
        DateTimeOffset now
    )
    {
        EnsureNotEnded();
        // A change of the series: an end committed meanwhile by someone else makes this unit of
        // work conflict and run again (where the series has ended), so no occurrence follows an end.
        Version = Guid.NewGuid();
        return Maintenance.Schedule(
            PageId,
            Title,
            Description,
            scheduledFor,
            scheduledUntil,
            _affectedComponentIds,
            AutoStart,
            AutoComplete,
            RemindBeforeMinutes,
            Notify,
            now,
            Id
        );
    }

    /// <summary>No occurrence is made after this; the caller cancels the scheduled ones.</summary>
    public void End(DateTimeOffset now)
    {
        EnsureNotEnded();
        EndedAt = now;
        Version = Guid.NewGuid();
    }

    private void EnsureNotEnded()
    {
        if (IsEnded)
        {
            throw new DomainException(AlreadyEndedMessage);
        }
    }
}
