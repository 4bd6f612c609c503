using Incidents.Domain.Common;

namespace Incidents.Domain.Maintenances;

/// <summary>
/// Planned work on one status page: announced ahead for a window, driven by the clock (AutoStart at
/// <see cref="ScheduledFor"/>, AutoComplete at <see cref="ScheduledUntil"/>, one reminder before the
/// start) or by hand, with its own timeline. It only moves forwards: once started it cannot be
/// cancelled, once completed or cancelled nothing changes it. <see cref="NextDueAt"/> is the next
/// instant the clock has something to do for it, kept by every verb so the scheduler's query is an
/// index range scan.
/// </summary>
public sealed class Maintenance : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 10_000;
    public const int MinRemindBeforeMinutes = 5;
    public const int MaxRemindBeforeMinutes = 10_080;
    public const string StartedDescription = "Scheduled maintenance is now in progress.";
    public const string CompletedDescription = "Scheduled maintenance has been completed.";
    public const string CancelledDescription = "This maintenance has been cancelled.";
    public const string AlreadyCompletedMessage = "Maintenance already completed.";
    public const string AlreadyCancelledMessage = "Maintenance already cancelled.";
    public const string OnlyScheduledCanBeCancelledMessage =
        "Only a scheduled maintenance can be cancelled.";
    public const string UntilAfterForMessage = "ScheduledUntil must be after ScheduledFor.";
    public const string UntilInFutureMessage = "ScheduledUntil must be in the future.";
    public const string StartFixedOnceStartedMessage =
        "ScheduledFor cannot change once the maintenance has started.";

    private readonly List<MaintenanceUpdate> _updates = [];
    private List<Guid> _affectedComponentIds = [];

    private Maintenance() { }

    public Guid PageId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>The title in other languages (language code → text), or null.</summary>
    public IReadOnlyDictionary<string, string>? TitleTranslations { get; private set; }

    public MaintenanceStatus Status { get; private set; }

    /// <summary>Start of the window, UTC.</summary>
    public DateTimeOffset ScheduledFor { get; private set; }

    /// <summary>End of the window, UTC.</summary>
    public DateTimeOffset ScheduledUntil { get; private set; }

    public bool AutoStart { get; private set; }

    public bool AutoComplete { get; private set; }

    /// <summary>One reminder this many minutes before <see cref="ScheduledFor"/>; null for none.</summary>
    public int? RemindBeforeMinutes { get; private set; }

    /// <summary>
    /// When the reminder was dealt with: sent, or dropped because the maintenance had started or
    /// its start had passed. Null while it is still to come.
    /// </summary>
    public DateTimeOffset? ReminderHandledAt { get; private set; }

    /// <summary>Whether changes are notified; the last explicit choice (create or update) holds.</summary>
    public bool Notify { get; private set; }

    /// <summary>The recurring series this is an occurrence of, if any.</summary>
    public Guid? SeriesId { get; private set; }

    /// <summary>Starts at 0, +1 on every reschedule (an iCalendar SEQUENCE).</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The next instant the clock acts on this maintenance (reminder, start, completion); null when never.</summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    /// <summary>Optimistic concurrency token: replaced on every change, checked on every save.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<Guid> AffectedComponentIds => _affectedComponentIds.AsReadOnly();

    /// <summary>The timeline in the order it happened (oldest first).</summary>
    public IReadOnlyList<MaintenanceUpdate> Updates => _updates.AsReadOnly();

    /// <summary>In Progress or Verifying: its components are under maintenance.</summary>
    public bool IsActive => Status is MaintenanceStatus.InProgress or MaintenanceStatus.Verifying;

    public bool IsFinished => Status is MaintenanceStatus.Completed or MaintenanceStatus.Cancelled;

    /// <summary>
    /// Announces a maintenance. One whose window has already begun (but not ended) starts at once
    /// when <paramref name="autoStart"/> is on.
    /// </summary>
    public static Maintenance Schedule(
        Guid pageId,
        string title,
        string description,
        DateTimeOffset scheduledFor,
        DateTimeOffset scheduledUntil,
        IEnumerable<Guid> affectedComponentIds,
        bool autoStart,
        bool autoComplete,
        int? remindBeforeMinutes,
        bool notify,
        DateTimeOffset now,
        Guid? seriesId = null,
        IReadOnlyDictionary<string, string?>? titleTranslations = null,
        IReadOnlyDictionary<string, string?>? translations = null
    )
    {
        ArgumentNullException.ThrowIfNull(affectedComponentIds);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("Title is required.");
        }

        if (title.Length > TitleMaxLength)
        {
            throw new DomainException($"Title must be at most {TitleMaxLength} characters.");
        }

        RequireDescription(description);
        RequireWindow(scheduledFor, scheduledUntil, now);
        if (remindBeforeMinutes is < MinRemindBeforeMinutes or > MaxRemindBeforeMinutes)
        {
            throw new DomainException(
                $"RemindBeforeMinutes must be between {MinRemindBeforeMinutes} and {MaxRemindBeforeMinutes}."
            );
        }

        var maintenance = new Maintenance
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            Title = title.Trim(),
            TitleTranslations = Translations.Create(
                titleTranslations,
                TitleMaxLength,
                "TitleTranslations"
            ),
            Status = MaintenanceStatus.Scheduled,
            ScheduledFor = scheduledFor.ToUniversalTime(),
            ScheduledUntil = scheduledUntil.ToUniversalTime(),
            AutoStart = autoStart,
            AutoComplete = autoComplete,
            RemindBeforeMinutes = remindBeforeMinutes,
            Notify = notify,
            SeriesId = seriesId,
            CreatedAt = now,
            _affectedComponentIds = affectedComponentIds.Distinct().ToList(),
        };
        var update = maintenance.Append(
            MaintenanceStatus.Scheduled,
            description,
            notify,
            now,
            DescriptionTranslations(translations)
        );
        maintenance.Raise(maintenance.Build(Change.Scheduled, update, now));
        maintenance.RunDueTransitions(now);
        maintenance.Touch(now);
        return maintenance;
    }

    /// <summary>
    /// Appends a timeline entry and applies what comes with it: a forward move of
    /// <paramref name="status"/> (Completed completes it), a new window (a reschedule), new
    /// components, a new notify choice. Null arguments keep what is there.
    /// </summary>
    public MaintenanceUpdate PostUpdate(
        string description,
        MaintenanceStatus? status,
        DateTimeOffset? scheduledFor,
        DateTimeOffset? scheduledUntil,
        IEnumerable<Guid>? affectedComponentIds,
        bool? notify,
        DateTimeOffset now,
        IReadOnlyDictionary<string, string?>? translations = null
    )
    {
        EnsureNotFinished();
        RequireDescription(description);
        var translated = DescriptionTranslations(translations);
        if (status == MaintenanceStatus.Cancelled)
        {
            // Cancelling has its own verb and rules (only from Scheduled).
            throw new DomainException(
                "Status must be one of: Scheduled, In Progress, Verifying, Completed."
            );
        }

        var target = status ?? Status;
        if (target < Status)
        {
            throw new DomainException(
                $"Maintenance cannot go back from {Display(Status)} to {Display(target)}."
            );
        }

        var rescheduled = Reschedule(scheduledFor, scheduledUntil, target, now);
        if (affectedComponentIds is not null)
        {
            _affectedComponentIds = affectedComponentIds.Distinct().ToList();
        }

        if (notify is not null)
        {
            Notify = notify.Value;
        }

        var previous = Status;
        Move(target, now);
        var update = Append(Status, description, Notify, now, translated);
        MaintenanceEvent raised = (previous, Status) switch
        {
            (_, MaintenanceStatus.Completed) => Build(Change.Completed, update, now),
            (MaintenanceStatus.Scheduled, not MaintenanceStatus.Scheduled) => Build(
                Change.Started,
                update,
                now
            ),
            _ when rescheduled => Build(Change.Rescheduled, update, now),
            _ => Build(Change.Updated, update, now),
        };
        Raise(raised);
        Touch(now);
        return update;
    }

    /// <summary>Cancels a maintenance that has not started; <paramref name="notify"/> defaults to <see cref="Notify"/>.</summary>
    public MaintenanceUpdate Cancel(string? description, bool? notify, DateTimeOffset now)
    {
        EnsureNotFinished();
        if (Status != MaintenanceStatus.Scheduled)
        {
            throw new DomainException(OnlyScheduledCanBeCancelledMessage);
        }

        if (description is not null && description.Length > DescriptionMaxLength)
        {
            throw new DomainException(
                $"Description must be at most {DescriptionMaxLength} characters."
            );
        }

        if (notify is not null)
        {
            Notify = notify.Value;
        }

        Status = MaintenanceStatus.Cancelled;
        CancelledAt = now;
        var update = Append(
            MaintenanceStatus.Cancelled,
            string.IsNullOrWhiteSpace(description) ? CancelledDescription : description,
            Notify,
            now
        );
        Raise(Build(Change.Cancelled, update, now));
        Touch(now);
        return update;
    }

    /// <summary>
    /// The clock's work, done once each: the reminder (dropped, not sent, once the start has come
    /// or passed), the start (AutoStart) and the completion (AutoComplete). A maintenance that is
    /// finished, or whose due time has not come, is left as it is. Returns what was done.
    /// </summary>
    public IReadOnlyList<MaintenanceTransition> RunDueTransitions(DateTimeOffset now)
    {
        var done = new List<MaintenanceTransition>();
        var changed = false;
        if (ReminderPending && now >= ReminderAt!.Value)
        {
            ReminderHandledAt = now;
            changed = true;
            if (now < ScheduledFor)
            {
                Raise(Build(Change.Reminded, null, now));
                done.Add(MaintenanceTransition.Reminded);
            }
        }

        if (Status == MaintenanceStatus.Scheduled && AutoStart && now >= ScheduledFor)
        {
            Move(MaintenanceStatus.InProgress, now);
            var update = Append(Status, StartedDescription, Notify, now);
            Raise(Build(Change.Started, update, now));
            done.Add(MaintenanceTransition.Started);
        }

        if (IsActive && AutoComplete && now >= ScheduledUntil)
        {
            Move(MaintenanceStatus.Completed, now);
            var update = Append(Status, CompletedDescription, Notify, now);
            Raise(Build(Change.Completed, update, now));
            done.Add(MaintenanceTransition.Completed);
        }

        if (changed || done.Count > 0)
        {
            Touch(now);
        }

        return done;
    }

    private bool ReminderPending =>
        Status == MaintenanceStatus.Scheduled
        && RemindBeforeMinutes is not null
        && ReminderHandledAt is null;

    private DateTimeOffset? ReminderAt =>
        RemindBeforeMinutes is { } minutes ? ScheduledFor.AddMinutes(-minutes) : null;

    private bool Reschedule(
        DateTimeOffset? scheduledFor,
        DateTimeOffset? scheduledUntil,
        MaintenanceStatus target,
        DateTimeOffset now
    )
    {
        var newFor = scheduledFor?.ToUniversalTime() ?? ScheduledFor;
        var newUntil = scheduledUntil?.ToUniversalTime() ?? ScheduledUntil;
        if (newFor == ScheduledFor && newUntil == ScheduledUntil)
        {
            return false;
        }

        if (newFor != ScheduledFor && Status != MaintenanceStatus.Scheduled)
        {
            throw new DomainException(StartFixedOnceStartedMessage);
        }

        // Completing it in the same update ends it now: its planned end may lie in the past.
        if (target != MaintenanceStatus.Completed)
        {
            RequireWindow(newFor, newUntil, now);
        }
        else if (newUntil <= newFor)
        {
            throw new DomainException(UntilAfterForMessage);
        }

        if (newFor != ScheduledFor)
        {
            // A new start deserves its own reminder.
            ReminderHandledAt = null;
        }

        ScheduledFor = newFor;
        ScheduledUntil = newUntil;
        Sequence++;
        return true;
    }

    private void Move(MaintenanceStatus target, DateTimeOffset now)
    {
        if (target == Status)
        {
            return;
        }

        // Completed straight from Scheduled (the work was not needed) never started.
        if (
            target is MaintenanceStatus.InProgress or MaintenanceStatus.Verifying
            && StartedAt is null
        )
        {
            StartedAt = now;
        }

        if (target == MaintenanceStatus.Completed)
        {
            CompletedAt = now;
        }

        if (Status == MaintenanceStatus.Scheduled && ReminderHandledAt is null)
        {
            // Started (or completed) before the reminder: it is never sent.
            ReminderHandledAt = now;
        }

        Status = target;
    }

    private MaintenanceUpdate Append(
        MaintenanceStatus status,
        string description,
        bool notify,
        DateTimeOffset now,
        IReadOnlyDictionary<string, string>? translations = null
    )
    {
        // Entries written in the same instant (scheduled and started at once; started and
        // completed after downtime) keep their order: the later one is a millisecond later, a step
        // every provider stores (SQLite's binary time form keeps a tenth of one).
        var at =
            _updates.Count > 0 && _updates[^1].CreatedAt >= now
                ? _updates[^1].CreatedAt.AddTicks(TimeSpan.TicksPerMillisecond)
                : now;
        var update = new MaintenanceUpdate(
            Id,
            status,
            description.Trim(),
            notify,
            at,
            translations
        );
        _updates.Add(update);
        return update;
    }

    /// <summary>Every change: new version and timestamp, and the clock's next due time recomputed.</summary>
    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version = Guid.NewGuid();
        NextDueAt = ComputeNextDueAt();
    }

    private DateTimeOffset? ComputeNextDueAt()
    {
        DateTimeOffset? next = null;
        if (ReminderPending)
        {
            next = ReminderAt;
        }

        if (Status == MaintenanceStatus.Scheduled && AutoStart)
        {
            next = Earliest(next, ScheduledFor);
        }

        if (IsActive && AutoComplete)
        {
            next = Earliest(next, ScheduledUntil);
        }

        return next;
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) =>
        a is { } value && value < b ? value : b;

    /// <summary>The kinds of change; each has its own event type so subscribers can tell them apart.</summary>
    private enum Change
    {
        Scheduled,
        Rescheduled,
        Reminded,
        Started,
        Updated,
        Completed,
        Cancelled,
    }

    private MaintenanceEvent Build(Change change, MaintenanceUpdate? update, DateTimeOffset now)
    {
        var facts = new MaintenanceChange(
            Id,
            PageId,
            update?.Id,
            Title,
            Status,
            ScheduledFor,
            ScheduledUntil,
            update?.Description ?? LatestDescription(),
            _affectedComponentIds.ToArray(),
            update?.Notify ?? Notify,
            // The entry's time, which keeps two changes of one instant in order (see Append): the
            // outbox sends events in OccurredAt order, so "started" goes out before "completed".
            update?.CreatedAt
                ?? now,
            update?.Translations,
            TitleTranslations
        );
        return change switch
        {
            Change.Scheduled => new MaintenanceScheduled(facts),
            Change.Rescheduled => new MaintenanceRescheduled(facts),
            Change.Reminded => new MaintenanceReminded(facts),
            Change.Started => new MaintenanceStarted(facts),
            Change.Updated => new MaintenanceUpdated(facts),
            Change.Completed => new MaintenanceCompleted(facts),
            _ => new MaintenanceCancelled(facts),
        };
    }

    private string LatestDescription() => _updates.Count > 0 ? _updates[^1].Description : Title;

    private void EnsureNotFinished()
    {
        if (Status == MaintenanceStatus.Completed)
        {
            throw new DomainException(AlreadyCompletedMessage);
        }

        if (Status == MaintenanceStatus.Cancelled)
        {
            throw new DomainException(AlreadyCancelledMessage);
        }
    }

    private static void RequireWindow(
        DateTimeOffset scheduledFor,
        DateTimeOffset scheduledUntil,
        DateTimeOffset now
    )
    {
        if (scheduledUntil <= scheduledFor)
        {
            throw new DomainException(UntilAfterForMessage);
        }

        if (scheduledUntil <= now)
        {
            throw new DomainException(UntilInFutureMessage);
        }
    }

    private static IReadOnlyDictionary<string, string>? DescriptionTranslations(
        IReadOnlyDictionary<string, string?>? translations
    ) => Translations.Create(translations, DescriptionMaxLength, "Translations");

    private static void RequireDescription(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException("Description is required.");
        }

        if (description.Length > DescriptionMaxLength)
        {
            throw new DomainException(
                $"Description must be at most {DescriptionMaxLength} characters."
            );
        }
    }

    /// <summary>The words the API uses, for messages raised here.</summary>
    private static string Display(MaintenanceStatus status) =>
        status == MaintenanceStatus.InProgress ? "In Progress" : status.ToString();
}
