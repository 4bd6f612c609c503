using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Update;

namespace Incidents.Infrastructure.Persistence.PostgreSql;

/// <summary>
/// Makes Npgsql's EF Core batches of inserts run without BEGIN … COMMIT (ADR 0109): PostgreSQL
/// runs such a batch as one implicit transaction anyway, and the COMMIT is a round trip per save
/// — a third of a create's database calls.
/// </summary>
internal sealed class InsertOnlyBatchFactory(
    ModificationCommandBatchFactoryDependencies dependencies,
    IDbContextOptions options
) : IModificationCommandBatchFactory
{
    /// <summary>Npgsql's own default; a MaxBatchSize set on the context still applies.</summary>
    private const int DefaultMaxBatchSize = 1000;

    private readonly int _maxBatchSize =
        RelationalOptionsExtension.Extract(options).MaxBatchSize ?? DefaultMaxBatchSize;

    public ModificationCommandBatch Create() => new InsertOnlyBatch(dependencies, _maxBatchSize);
}
