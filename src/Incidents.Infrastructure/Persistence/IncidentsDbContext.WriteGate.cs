namespace Incidents.Infrastructure.Persistence;

public abstract partial class IncidentsDbContext
{
    private int _writeDepth;

    /// <summary>
    /// The provider's in-process writer gate, or null where the database lets writers proceed
    /// side by side (PostgreSQL, SQL Server). See <see cref="EnterWriteAsync"/>.
    /// </summary>
    protected virtual SemaphoreSlim? WriteGate => null;

    /// <summary>
    /// Waits for this process's turn to write (SQLite: one writer per database file), so writers
    /// queue here, awaiting without a thread, and are handed the lock the moment it is free —
    /// instead of SQLite's busy wait, which blocks a thread and (in Microsoft.Data.Sqlite) sleeps
    /// 150 ms per retry (issue 16, ADR 0100). Take it before beginning a write: never while a
    /// transaction that did not take it is open. Re-entrant on this context.
    /// </summary>
    public async ValueTask<WriteLease> EnterWriteAsync(CancellationToken cancellationToken)
    {
        var gate = _writeDepth == 0 ? WriteGate : null;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        _writeDepth++;
        return new WriteLease(this, gate);
    }

    /// <summary>
    /// SaveChanges' own transaction takes the gate; a save inside a transaction someone opened
    /// without it must not (that transaction already holds SQLite's lock: waiting here could
    /// deadlock against a gate holder waiting for that lock). A save with nothing to write does
    /// not queue.
    /// </summary>
    private ValueTask<WriteLease> EnterWriteForSaveAsync(CancellationToken cancellationToken) =>
        (Database.CurrentTransaction is not null && _writeDepth == 0) || !ChangeTracker.HasChanges()
            ? ValueTask.FromResult(new WriteLease(null, null))
            : EnterWriteAsync(cancellationToken);

    /// <summary>Held while writing; disposing it lets the next writer in.</summary>
    public readonly struct WriteLease(IncidentsDbContext? owner, SemaphoreSlim? gate)
        : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            if (owner is not null)
            {
                owner._writeDepth--;
            }

            gate?.Release();
            return ValueTask.CompletedTask;
        }
    }
}
