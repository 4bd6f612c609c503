using System.Globalization;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Persistence.Deliveries;
using Incidents.Infrastructure.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Incidents.Infrastructure.Persistence;

public abstract partial class IncidentsDbContext
{
    /// <summary>Below this many new deliveries in one save, EF Core's own inserts are as good.</summary>
    private const int BulkThreshold = 50;

    /// <summary>The savepoint a fan-out slice's plain INSERT can fall back to (PostgreSQL).</summary>
    private const string SliceSavepoint = "fan_out_slice";

    /// <summary>SQLite and PostgreSQL write deliveries in bulk (ADR 0107); SQL Server keeps EF Core's batching (untested here, no Docker engine).</summary>
    private bool WritesInBulk => Provider is DatabaseProvider.Sqlite or DatabaseProvider.PostgreSql;

    /// <summary>
    /// New deliveries wait here, outside the change tracker, until they are written: a fan-out
    /// adds one per subscriber — 10,000 on a large page — and tracking them (and detaching them
    /// again for the slices) took about half a second of CPU before the first slice could be
    /// written (issue 16).
    /// </summary>
    private readonly List<Delivery> _newDeliveries = [];

    /// <summary>The pool lease the lists belong to (contexts are pooled, ADR 0166).</summary>
    private int _newDeliveriesLease;

    /// <summary>
    /// The active subscribers a fan-out read in this unit of work, by id: the deliveries it stores
    /// go to the sender with them, so it need not read them again (ADR 0170).
    /// </summary>
    private readonly Dictionary<Guid, Subscriber> _subscribersRead = [];

    /// <summary>The deliveries added and not yet saved, in the order they were added.</summary>
    internal IReadOnlyList<Delivery> NewDeliveries => PendingDeliveries();

    /// <summary>Adds a delivery; the next save inserts it with everything else.</summary>
    internal void AddDelivery(Delivery delivery) => PendingDeliveries().Add(delivery);

    /// <summary>Notes subscribers read for a fan-out (untracked, as read).</summary>
    internal void RememberSubscribers(IEnumerable<Subscriber> subscribers)
    {
        ResetIfRentedAgain();
        foreach (var subscriber in subscribers)
        {
            _subscribersRead[subscriber.Id] = subscriber;
        }
    }

    /// <summary>
    /// The subscribers a fan-out read in this unit of work, by id — without those this unit of
    /// work itself changes (e.g. a resolve ending its followers): the copy read is then stale,
    /// and the sender must read them after the commit (null: claim the delivery as before).
    /// </summary>
    internal Func<Guid, Subscriber?> SubscribersAsRead()
    {
        ResetIfRentedAgain();
        var changed = ChangeTracker
            .Entries<Subscriber>()
            .Where(e => e.State != EntityState.Unchanged)
            .Select(e => e.Entity.Id)
            .ToHashSet();
        var read = _subscribersRead;
        return id => changed.Contains(id) ? null : read.GetValueOrDefault(id);
    }

    private List<Delivery> PendingDeliveries()
    {
        ResetIfRentedAgain();
        return _newDeliveries;
    }

    /// <summary>
    /// Empties our own unit-of-work state if this context has been returned to the pool and
    /// rented again since it was filled: a use that failed before saving must not leave its
    /// deliveries to the next one (the pool resets EF Core's own state, not ours).
    /// </summary>
    private void ResetIfRentedAgain()
    {
        if (_newDeliveriesLease != ContextId.Lease)
        {
            _newDeliveries.Clear();
            _newRows.Clear();
            _subscribersRead.Clear();
            _fanOuts.Clear();
            _newDeliveriesLease = ContextId.Lease;
        }
    }

    /// <summary>Drops everything not saved yet — tracked changes, new rows and new deliveries — before a unit of work runs again.</summary>
    internal void ForgetChanges()
    {
        ChangeTracker.Clear();
        _newRows.Clear();
        _newDeliveries.Clear();
        _subscribersRead.Clear();
        _fanOuts.Clear();
    }

    /// <summary>Takes the new deliveries out: the caller writes them itself (a sliced fan-out).</summary>
    internal List<Delivery> TakeNewDeliveries()
    {
        var pending = PendingDeliveries();
        var taken = new List<Delivery>(pending);
        pending.Clear();
        return taken;
    }

    /// <summary>
    /// The new deliveries, for the save. Inside an open transaction on SQLite and PostgreSQL, 50
    /// or more are written by <see cref="InsertInBulkAsync{TEntity}"/> right after EF Core's own
    /// save, in the same transaction (returned here); otherwise they join the change tracker and
    /// EF Core inserts them with everything else.
    /// </summary>
    private List<Delivery>? TakeDeliveriesForBulkInsert()
    {
        if (PendingDeliveries().Count == 0)
        {
            return null;
        }

        var taken = TakeNewDeliveries();
        if (Database.CurrentTransaction is null || !WritesInBulk || taken.Count < BulkThreshold)
        {
            TrackWithPayloads(taken);
            return null;
        }

        return taken;
    }

    /// <summary>
    /// Hands deliveries to EF Core's own save, with the payloads they share that are not stored
    /// yet (in the same transaction; PayloadId has no foreign key to order them by, ADR 0171).
    /// </summary>
    private void TrackWithPayloads(List<Delivery> deliveries)
    {
        foreach (var payload in PayloadsOf(deliveries))
        {
            if (Entry(payload).State == EntityState.Detached)
            {
                Set<DeliveryPayload>().Add(payload);
            }
        }

        Set<Delivery>().AddRange(deliveries);
    }

    /// <summary>The distinct payloads of new deliveries (one per notification, however many subscribers).</summary>
    private static List<DeliveryPayload> PayloadsOf(List<Delivery> deliveries)
    {
        var payloads = new List<DeliveryPayload>();
        var seen = new HashSet<Guid>();
        foreach (var delivery in deliveries)
        {
            var payload =
                delivery.Content
                ?? throw new InvalidOperationException("A new delivery has no payload.");
            if (seen.Add(payload.Id))
            {
                payloads.Add(payload);
            }
        }

        return payloads;
    }

    /// <summary>
    /// New deliveries in bulk, after their payloads (skipping a payload already stored: a slice
    /// after the first, or a save that is retried).
    /// </summary>
    private async Task InsertDeliveriesInBulkAsync(
        List<Delivery> deliveries,
        bool skipConflicts,
        CancellationToken cancellationToken
    )
    {
        await InsertInBulkAsync(PayloadsOf(deliveries), cancellationToken, skipConflicts: true);
        await InsertInBulkAsync(deliveries, cancellationToken, skipConflicts);
    }

    /// <summary>
    /// One slice of a sliced fan-out (ADR 0104), in the open transaction: bulk INSERTs that
    /// skip a row whose (event, subscriber) already has a delivery — the unique index is the
    /// backstop, and a resumed fan-out never fails on it (PostgreSQL tries a plain INSERT first,
    /// see below). SQL Server: EF Core's own inserts (the cursor alone keeps them apart;
    /// untested here, no Docker engine).
    /// </summary>
    internal async Task InsertFanOutSliceAsync(
        List<Delivery> slice,
        CancellationToken cancellationToken
    )
    {
        if (!WritesInBulk)
        {
            // The payload stays tracked after the first slice, so later slices do not insert it again.
            TrackWithPayloads(slice);
            await base.SaveChangesAsync(true, cancellationToken);
            foreach (var delivery in slice)
            {
                Entry(delivery).State = EntityState.Detached;
            }

            return;
        }

        await InsertInBulkAsync(PayloadsOf(slice), cancellationToken, skipConflicts: true);
        await InsertUnlessStoredAsync(slice, cancellationToken);
    }

    /// <summary>
    /// Whether a sliced fan-out's deliveries handed to the sender are stored once, after their
    /// send (ADR 0184): on the providers with a bulk insert, whose saves they go through.
    /// </summary>
    internal bool StoresHandedOverAfterSend => WritesInBulk;

    /// <summary>
    /// A slice handed to the sender before its deliveries are stored (ADR 0184), with the
    /// payload they share, in the open transaction.
    /// </summary>
    internal async Task InsertHandedOverSliceAsync(
        HandedOverSlice slice,
        List<Delivery> deliveries,
        CancellationToken cancellationToken
    )
    {
        await InsertInBulkAsync(PayloadsOf(deliveries), cancellationToken, skipConflicts: true);
        await InsertInBulkAsync([slice], cancellationToken);
    }

    /// <summary>
    /// Deliveries whose payload is stored, in bulk in the open transaction, each skipped if its
    /// (event, subscriber) or its id already has a row: the unique indexes are the backstop of a
    /// resumed fan-out (ADR 0104) and of a handed-over slice taken over after its lease ran out
    /// (ADR 0184). PostgreSQL tries a plain INSERT first (see below).
    /// </summary>
    internal async Task InsertUnlessStoredAsync(
        List<Delivery> deliveries,
        CancellationToken cancellationToken
    )
    {
        if (
            Provider != DatabaseProvider.PostgreSql
            || Database.CurrentTransaction is not { } transaction
        )
        {
            await InsertInBulkAsync(deliveries, cancellationToken, skipConflicts: true);
            return;
        }

        // PostgreSQL: a plain INSERT first. ON CONFLICT's speculative insertion (a probe of every
        // unique index, then a confirmation record per row) was a quarter of the statement's time
        // (ADR 0173), for a conflict that only two workers writing the same rows ever meet (a
        // lease lost). Then the rows are written again behind the savepoint, skipping.
        await transaction.CreateSavepointAsync(SliceSavepoint, cancellationToken);
        try
        {
            await InsertInBulkAsync(deliveries, cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            await transaction.RollbackToSavepointAsync(SliceSavepoint, cancellationToken);
            await InsertInBulkAsync(deliveries, cancellationToken, skipConflicts: true);
        }
    }

    /// <summary>
    /// SQLite: one prepared single-row INSERT run once per row in the open transaction. A 500-row
    /// statement has 9,500 parameters, and Microsoft.Data.Sqlite binds each by a linear search
    /// of the parameter collection — quadratic, ~0.6 s of CPU per statement under the write
    /// lock (the fan-out profile in docs/performance.md); a prepared statement reused per row is
    /// SQLite's own fast path for bulk inserts (no network round trip to save). The statement is
    /// SQLite's own (SQLitePCLRaw, under Microsoft.Data.Sqlite), its values bound by position
    /// (ADR 0175): a Microsoft.Data.Sqlite command made a parameter object and a binder per
    /// column per row, looked each name up again at every execution and wrote each GUID as two
    /// new strings — 3–4 KB per delivery of a fan-out. Values are stored exactly as
    /// Microsoft.Data.Sqlite stores them (converters applied, GUIDs as upper-case text, strings
    /// as UTF-8); <c>DeliveryBulkInsertTests</c> compare every column with EF Core's own insert.
    /// </summary>
    private void InsertRowByRow<TEntity>(
        List<TEntity> rows,
        List<BulkColumn> columns,
        string head,
        string tail,
        CancellationToken cancellationToken
    )
        where TEntity : class
    {
        var connection = (SqliteConnection)Database.GetDbConnection();
        var handle =
            connection.Handle
            ?? throw new InvalidOperationException("A bulk insert needs the open connection.");
        var text =
            head
            + "VALUES ("
            + string.Join(
                ", ",
                columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture))
            )
            + ")"
            + tail;
        Check(raw.sqlite3_prepare_v2(handle, text, out var statement), handle);
        using (statement)
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var c = 0; c < columns.Count; c++)
                {
                    var column = columns[c];
                    var value = column.Getter.GetClrValueUsingContainingEntity(row);
                    if (value is not null && column.Mapping.Converter is { } converter)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    Check(SqliteValues.Bind(statement, c + 1, value), handle);
                }

                var stepped = raw.sqlite3_step(statement);
                if (stepped != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(stepped, handle);
                }

                Check(raw.sqlite3_reset(statement), handle);
            }
        }
    }

    private static void Check(int result, sqlite3 handle)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, handle);
        }
    }

    /// <summary>
    /// PostgreSQL: all rows in one statement with one array parameter per column,
    /// <c>INSERT … SELECT u.b0, …, @b4, … FROM unnest(@b0, …) AS u(b0, …)</c>. A 500-row VALUES
    /// list has 9,500 parameters for the server to parse and plan (45–115 ms per slice in the
    /// fan-out's command log); arrays are sent in binary and the statement stays the same size
    /// whatever the count. A column whose value every row shares (in a fan-out's slice, 16 of 19:
    /// its page, event, payload, lease, times and empty outcome) is sent once as a value, cast to
    /// the column's type (a NULL has none of its own), not as an array to encode and unnest row by
    /// row. Values go through the columns' converters first (states as text).
    /// </summary>
    private async Task InsertFromArraysAsync<TEntity>(
        List<TEntity> rows,
        List<BulkColumn> columns,
        string head,
        string tail,
        CancellationToken cancellationToken
    )
        where TEntity : class
    {
        var values = columns
            .Select(c => ColumnArrays.Of<TEntity>(c.Property, c.Mapping)(rows))
            .ToList();
        var shared = values.Select(v => rows.Count > 1 && ColumnArrays.IsUniform(v)).ToList();
        if (shared.TrueForAll(s => s))
        {
            // Identical rows (never with a key among the columns): unnest needs one array.
            shared[0] = false;
        }

        var parameters = new object[columns.Count];
        var selected = new List<string>(columns.Count);
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            if (shared[c])
            {
                parameters[c] = new Npgsql.NpgsqlParameter(
                    column.Parameter,
                    values[c].GetValue(0) ?? DBNull.Value
                );
                // The type without its length: a cast to varchar(n) would cut a longer value
                // silently, where the INSERT itself refuses it, as it does for the arrays.
                selected.Add($"CAST({column.Parameter} AS {column.Mapping.StoreTypeNameBase})");
                continue;
            }

            parameters[c] = new Npgsql.NpgsqlParameter(column.Parameter, values[c]);
            selected.Add("u." + Alias(column));
        }

        var unnested = columns.Where((_, c) => !shared[c]).ToList();
        var text =
            head
            + "SELECT "
            + string.Join(", ", selected)
            + " FROM unnest("
            + string.Join(", ", unnested.Select(c => c.Parameter))
            + ") AS u("
            + string.Join(", ", unnested.Select(Alias))
            + ")"
            + tail;
        await Database.ExecuteSqlRawAsync(text, parameters, cancellationToken);

        // An unnested column is named after its parameter (@b3 → u.b3).
        static string Alias(BulkColumn column) => column.Parameter.TrimStart('@');
    }

    /// <summary>
    /// Bulk INSERTs in the open transaction, in the provider's fast way (ADR 0107). Every value
    /// goes through the column's own type mapping (so converters apply: SQLite stores times as
    /// ticks, states as text).
    /// </summary>
    private async Task InsertInBulkAsync<TEntity>(
        List<TEntity> rows,
        CancellationToken cancellationToken,
        bool skipConflicts = false
    )
        where TEntity : class
    {
        var entityType =
            Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = this.GetService<ISqlGenerationHelper>();
        var columns = entityType
            .GetProperties()
            .Select(
                (p, i) =>
                    new BulkColumn(
                        p,
                        p.GetColumnName(table)!,
                        (RelationalTypeMapping)p.GetRelationalTypeMapping(),
                        p.GetGetter(),
                        sql.GenerateParameterName("b" + i)
                    )
            )
            .ToList();
        var head =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ("
            + string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))
            + ") ";
        var tail = skipConflicts ? " ON CONFLICT DO NOTHING" : "";
        if (Provider == DatabaseProvider.Sqlite)
        {
            InsertRowByRow(rows, columns, head, tail, cancellationToken);
        }
        else
        {
            await InsertFromArraysAsync(rows, columns, head, tail, cancellationToken);
        }
    }

    /// <summary>A mapped column of a bulk insert: its property, name, type mapping, value getter and parameter name.</summary>
    private sealed record BulkColumn(
        IProperty Property,
        string Column,
        RelationalTypeMapping Mapping,
        IClrPropertyGetter Getter,
        string Parameter
    );
}
