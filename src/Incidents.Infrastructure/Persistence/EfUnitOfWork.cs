using Incidents.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Infrastructure.Persistence;

internal sealed class EfUnitOfWork(IncidentsDbContext db) : IUnitOfWork
{
    /// <summary>Enough for a burst of concurrent writers on one incident; each retry sees the winner's state.</summary>
    private const int MaxConcurrencyAttempts = 10;

    /// <summary>One retry normally suffices: the second run sees the row that won and decides on it.</summary>
    private const int MaxUniqueViolationAttempts = 3;

    public async Task<TResult> ExecuteAsync<TResult>(
        Func<CancellationToken, ValueTask<TResult>> work,
        CancellationToken cancellationToken
    )
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var uniqueViolations = 0;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // The provider's execution strategy retries transient faults around the whole unit
                // (load, decide, save) — never around half a command.
                return await strategy.ExecuteAsync(
                    async ct =>
                    {
                        db.ForgetChanges();
                        var result = await work(ct);
                        await db.SaveChangesAsync(ct);
                        return result;
                    },
                    cancellationToken
                );
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConcurrencyAttempts)
            {
                // Someone else changed the same aggregate first: run the command again on fresh
                // state, where the domain decides (e.g. "Incident already resolved.").
                db.ForgetChanges();
            }
            catch (DbUpdateException e)
                when (DatabaseErrors.IsUniqueViolation(e)
                    && ++uniqueViolations < MaxUniqueViolationAttempts
                )
            {
                // A concurrent command inserted the same unique row (e.g. an open incident with
                // this ExternalId) first: the constraint decided the race; running again finds
                // the winner and answers with it instead of failing.
                db.ForgetChanges();
            }
        }
    }
}
