using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Update;
#pragma warning disable EF1001 // Npgsql's batch is "internal" API; it is extended, not reimplemented.
using Npgsql.EntityFrameworkCore.PostgreSQL.Update.Internal;

namespace Incidents.Infrastructure.Persistence.PostgreSql;

/// <summary>
/// Npgsql's batch, told that a batch of inserts needs no transaction of its own (ADR 0109).
/// Npgsql sends the batch's statements as one pipeline closed by a single Sync, and PostgreSQL
/// runs the statements of a pipeline outside an explicit transaction as one implicit
/// transaction: an error in any of them rolls all of them back. EF Core then skips
/// BEGIN … COMMIT when the save is this one batch (<c>AutoTransactionBehavior.WhenNeeded</c>).
/// Updates and deletes keep the transaction: EF Core checks their affected rows (concurrency
/// tokens) only after the pipeline has committed, so only an open transaction lets that check
/// undo the rest of the batch.
/// </summary>
internal sealed class InsertOnlyBatch(
    ModificationCommandBatchFactoryDependencies dependencies,
    int maxBatchSize
) : NpgsqlModificationCommandBatch(dependencies, maxBatchSize)
{
    public override bool RequiresTransaction =>
        base.RequiresTransaction
        && !ModificationCommands.All(c => c.EntityState == EntityState.Added);
}
