namespace Incidents.Infrastructure.Notifications;

/// <summary>Configuration section <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    public WorkerOptions Workers { get; set; } = new();

    public WebhookOptions Webhooks { get; set; } = new();

    public SubscribeOptions Subscribe { get; set; } = new();

    /// <summary>
    /// Delays between attempts after the first, comma-separated TimeSpans: the first retry within
    /// seconds, later ones spread over hours (Standard Webhooks' schedule). Attempts = 1 + the
    /// number of delays. Each delay gets ±20 % jitter so many retries do not arrive in lockstep.
    /// (A string, because the configuration binder appends to a default list instead of replacing it.)
    /// </summary>
    public string RetrySchedule { get; set; } =
        "00:00:05,00:05:00,00:30:00,02:00:00,05:00:00,10:00:00,10:00:00";

    public IReadOnlyList<TimeSpan> RetryDelays() =>
        RetrySchedule
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => TimeSpan.Parse(d, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    public sealed class WorkerOptions
    {
        /// <summary>Run the outbox dispatcher and the delivery sender in this process.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>How often to look for work committed by other instances (in-process commits wake the workers at once).</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>How long a claimed row stays reserved for one worker; a dead worker's rows come back after this.</summary>
        public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

        public int BatchSize { get; set; } = 100;

        /// <summary>
        /// While events keep coming, the outbox dispatcher starts a pass at most this often, so a
        /// burst is handled in batches (one claim, one transaction) rather than event by event; a
        /// wake-up after a quiet spell is handled at once. Zero: a pass per wake-up (ADR 0165).
        /// 50 ms: at 2,000 creates/s a pass takes a full batch, not 20 events (ADR 0180).
        /// </summary>
        public TimeSpan BusyPassInterval { get; set; } = TimeSpan.FromMilliseconds(50);

        /// <summary>Send workers per instance: deliveries being sent at the same time (not counting slow ones, below).</summary>
        public int Concurrency { get; set; } = 32;

        /// <summary>
        /// A send still waiting for its receiver after this long is left to finish on its own and
        /// its worker takes the next delivery: receivers that hang until the attempt timeout must
        /// not occupy every worker while healthy ones wait.
        /// </summary>
        public TimeSpan SlowSendAfter { get; set; } = TimeSpan.FromMilliseconds(500);

        /// <summary>Most slow sends left running at once per instance (each is an open connection); beyond it workers wait.</summary>
        public int SlowSendLimit { get; set; } = 1000;

        /// <summary>
        /// A fan-out larger than this commits in slices of this many deliveries, each waking the
        /// sender, so the first webhooks leave before the last deliveries are written (ADR 0104).
        /// </summary>
        public int FanOutSlice { get; set; } = 500;

        /// <summary>
        /// New deliveries this instance's sender takes straight from the outbox dispatcher, stored
        /// already leased to it (ADR 0170), while fewer than this many are queued; the rest are
        /// claimed from the database. Four slices, so a large fan-out is handed over rather than
        /// claimed back (9,571 of 120,000 deliveries claimed in the benchmark instead of 48,842
        /// at 800). A queued lease must not run out: at the defaults, even with every receiver
        /// hanging until the attempt timeout (10 s; 32 workers + 1,000 slow sends ≈ 100 sends/s),
        /// these and a claim's 1,200 are sent within about 30 s of the 2-minute lease. 0 turns
        /// the handover off.
        /// </summary>
        public int HandoverQueue { get; set; } = 2000;

        /// <summary>
        /// How long a sliced fan-out waits, before each slice, for the sender's queue to have
        /// room for it, so the slice is handed over rather than claimed back (ADR 0176). Once a
        /// wait runs out, the rest of that fan-out is written without waiting. Zero never waits.
        /// </summary>
        public TimeSpan HandoverWait { get; set; } = TimeSpan.FromMilliseconds(500);
    }

    public sealed class WebhookOptions
    {
        /// <summary>Allow targets on loopback/private/link-local networks (tests; trusted intranets). Default false.</summary>
        public bool AllowPrivateNetworks { get; set; }

        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Per target host: the circuit opens when at least this many calls in <see cref="CircuitSamplingDuration"/> ...</summary>
        public int CircuitMinimumThroughput { get; set; } = 5;

        /// <summary>... failed at this ratio (5xx, 408, 429, timeouts, connection errors) ...</summary>
        public double CircuitFailureRatio { get; set; } = 0.5;

        public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>... and stays open this long, failing attempts to that host at once.</summary>
        public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>Longest Retry-After honoured; a larger one is capped here.</summary>
        public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(12);
    }

    public sealed class SubscribeOptions
    {
        public int ConfirmationsPerAddressPerHour { get; set; } = 3;

        public int ConfirmationsPerClientPerHour { get; set; } = 20;
    }
}
