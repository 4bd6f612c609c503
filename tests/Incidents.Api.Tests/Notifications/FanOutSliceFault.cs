using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// A dispatcher dying in the middle of a sliced fan-out (ADR 0104): fails the statement that
/// closes a slice's transaction — the cursor move after a slice, or the "processed" mark after
/// the last one — from the <c>fromSlice</c>-th slice on, while <see cref="Holding"/> (or only
/// that one slice when <c>once</c>). The slice's deliveries were inserted in the same
/// transaction, so they roll back with it. The fault is placed there rather than on the
/// deliveries' INSERT because that INSERT's shape is the provider's business (on SQLite one
/// prepared single-row statement per delivery, run outside EF Core's command pipeline).
/// </summary>
internal sealed class FanOutSliceFault(int fromSlice, bool once = false) : DbCommandInterceptor
{
    private int _sliceEnds;
    private int _cursorMoves;
    private int _failures;
    private volatile bool _holding = true;

    public bool Holding
    {
        get => _holding;
        set => _holding = value;
    }

    public int Failures => Volatile.Read(ref _failures);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (EndsASlice(command.CommandText))
        {
            var slice = Interlocked.Increment(ref _sliceEnds);
            if (Holding && (once ? slice == fromSlice : slice >= fromSlice))
            {
                Interlocked.Increment(ref _failures);
                throw new InvalidOperationException("Simulated crash between two slices.");
            }
        }

        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    /// <summary>
    /// A cursor move, or the "processed" mark of the event whose slices moved the cursor (other
    /// events' marks, before the fan-out began, are not slice ends).
    /// </summary>
    private bool EndsASlice(string sql)
    {
        if (!sql.StartsWith("UPDATE \"OutboxMessages\"", StringComparison.Ordinal))
        {
            return false;
        }

        if (sql.Contains("SET \"FanOutCursor\"", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _cursorMoves);
            return true;
        }

        return sql.Contains("SET \"ProcessedAt\"", StringComparison.Ordinal)
            && Volatile.Read(ref _cursorMoves) > 0;
    }
}
