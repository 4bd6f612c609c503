using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Incidents.Infrastructure.Persistence;

public abstract partial class IncidentsDbContext
{
    /// <summary>Above this many rows in one save, EF Core's own batching writes them.</summary>
    private const int MaxRowsWithoutTracker = 100;

    /// <summary>
    /// New entities added with <see cref="AddNew"/> and not yet saved, each before its
    /// dependents: outside the change tracker until the save decides how they are written.
    /// </summary>
    private readonly List<object> _newRows = [];

    /// <summary>
    /// Whether a save of new rows alone may be one command without a transaction of its own:
    /// PostgreSQL runs the statements of one command as one implicit transaction (ADR 0109).
    /// SQLite and SQL Server keep EF Core's save for them.
    /// </summary>
    private bool WritesNewRowsWithoutTracker => Provider == DatabaseProvider.PostgreSql;

    /// <summary>
    /// Adds a new entity, with the dependents it carries (an incident's first update), to be
    /// inserted by the next save. A save with nothing else to write inserts them without EF
    /// Core's change tracker (ADR 0185): tracking a new aggregate, detecting its changes and
    /// building its commands cost a create a quarter of its rate (issue 16). Otherwise — other
    /// changes, an open transaction, another database — they join the tracker as with
    /// <c>Add</c>. Either way the rows, the outbox rows of their events, and everything else
    /// in the save commit together or not at all. Unlike <c>Add</c>, the entities are not
    /// tracked after a save without the tracker: load them again to change them.
    /// </summary>
    internal void AddNew(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ResetIfRentedAgain();
        var rows = new List<object>();
        if (
            WritesNewRowsWithoutTracker
            && NewRowTable.For(Model, this.GetService<ISqlGenerationHelper>(), entity.GetType())
                is { } table
            && Collect(entity, table, rows)
        )
        {
            _newRows.AddRange(rows);
            return;
        }

        Add(entity);
    }

    /// <summary>The entity and its dependents, in insert order; false if a dependent's key does not point at it yet.</summary>
    private static bool Collect(object entity, NewRowTable table, List<object> rows)
    {
        rows.Add(entity);
        foreach (var (getter, key, dependentTable) in table.Dependents)
        {
            if (getter.GetClrValueUsingContainingEntity(entity) is not IEnumerable dependents)
            {
                continue;
            }

            foreach (var dependent in dependents)
            {
                if (
                    !NewRowTable.PointsAt(key, entity, dependent)
                    || !Collect(dependent, dependentTable, rows)
                )
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The new rows, for a save that writes nothing else, outside any transaction; null otherwise.</summary>
    private List<object>? NewRowsToWriteAlone()
    {
        ResetIfRentedAgain();
        return
            _newRows.Count > 0
            && Database.CurrentTransaction is null
            && _newDeliveries.Count == 0
            && !ChangeTracker.HasChanges()
            ? _newRows
            : null;
    }

    /// <summary>The new rows join the change tracker: EF Core writes them with the rest of the save.</summary>
    private void TrackNewRows()
    {
        ResetIfRentedAgain();
        // An incident's Add attaches its updates too; adding them again leaves them Added.
        foreach (var row in _newRows)
        {
            Add(row);
        }

        _newRows.Clear();
    }

    /// <summary>
    /// Writes the rows as one command: one INSERT per row, its values bound through each
    /// column's own type mapping. The command goes through EF Core's relational layer, so its
    /// interceptors, logging and diagnostics see it; a database error becomes a
    /// <see cref="DbUpdateException"/> as in EF Core's own save (the unit of work retries a
    /// unique-index race on it). Returns false, writing nothing, when a row's type is not one
    /// <see cref="NewRowTable"/> can insert.
    /// </summary>
    private async Task<bool> TryInsertRowsAsync(
        List<object> rows,
        CancellationToken cancellationToken
    )
    {
        if (rows.Count > MaxRowsWithoutTracker)
        {
            return false;
        }

        var sql = this.GetService<ISqlGenerationHelper>();
        var tables = new NewRowTable[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            if (NewRowTable.For(Model, sql, rows[r].GetType()) is not { } table)
            {
                return false;
            }

            tables[r] = table;
        }

        var text = new StringBuilder();
        var parameters = new List<object>();
        await using (var factory = Database.GetDbConnection().CreateCommand())
        {
            for (var r = 0; r < rows.Count; r++)
            {
                text.Append(tables[r].InsertHead);
                var columns = tables[r].Columns;
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = sql.GenerateParameterNamePlaceholder(
                        "n" + parameters.Count.ToString(CultureInfo.InvariantCulture)
                    );
                    text.Append(c == 0 ? "" : ", ").Append(name);
                    var column = columns[c];
                    parameters.Add(
                        column.Mapping.CreateParameter(
                            factory,
                            name,
                            column.Getter.GetClrValueUsingContainingEntity(rows[r]),
                            column.Property.IsNullable
                        )
                    );
                }

                text.Append(");\n");
            }
        }

        try
        {
            await Database.ExecuteSqlRawAsync(text.ToString(), parameters, cancellationToken);
        }
        catch (DbException e)
        {
            throw new DbUpdateException(
                "An error occurred while saving the new rows. See the inner exception for details.",
                e
            );
        }

        return true;
    }
}
