using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// Records, in order, the two statements that show how a sliced fan-out proceeds (ADR 0183): a
/// read of the page's subscribers in id order (<see cref="Read"/>) and a move of the event's
/// cursor after a committed slice (<see cref="CursorMove"/>).
/// </summary>
internal sealed class FanOutReadRecorder : DbCommandInterceptor
{
    public const string Read = "read";
    public const string CursorMove = "cursor";

    private static readonly Regex InIdOrder = new(
        "ORDER BY \"?s\"?\\.\"Id\"",
        RegexOptions.CultureInvariant
    );

    private readonly ConcurrentQueue<string> _steps = new();

    public IReadOnlyList<string> Steps => [.. _steps];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        var sql = command.CommandText;
        if (
            sql.Contains("FROM \"Subscribers\"", StringComparison.Ordinal)
            // Quoted as each provider quotes it: "s"."Id" on SQLite, s."Id" on PostgreSQL.
            && InIdOrder.IsMatch(sql)
        )
        {
            _steps.Enqueue(Read);
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (command.CommandText.Contains("SET \"FanOutCursor\"", StringComparison.Ordinal))
        {
            _steps.Enqueue(CursorMove);
        }

        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
