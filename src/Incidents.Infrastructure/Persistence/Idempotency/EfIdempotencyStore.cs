using Incidents.Application.Common.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Idempotency records and in-flight claims in the database, so they hold across instances. Each
/// call uses a context of its own: the request's context belongs to its unit of work, which
/// clears and retries it.
/// </summary>
internal sealed class EfIdempotencyStore(
    IServiceScopeFactory scopes,
    TimeProvider timeProvider,
    IOptions<IdempotencyOptions> options
) : IIdempotencyStore, IIdempotencyInFlightMarker
{
    private const int PurgeOneIn = 100;

    public async Task<IdempotencyRecord?> FindAsync(
        Guid pageId,
        string key,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = timeProvider.GetUtcNow();
        var row = await Records(scope)
            .AsNoTracking()
            .Where(r => r.PageId == pageId && r.Key == key && r.ExpiresAt > now)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null
            ? null
            : new IdempotencyRecord(
                row.Fingerprint,
                row.StatusCode is { } status
                    ? new IdempotentResponse(status, row.ContentType, row.ResponseBody ?? "")
                    : null
            );
    }

    public async Task<bool> TryAcquireAsync(
        Guid pageId,
        string key,
        string fingerprint,
        CancellationToken cancellationToken
    )
    {
        // The common case is one INSERT; only a conflict pays for looking at the existing row.
        if (await TryInsertAsync(pageId, key, fingerprint, cancellationToken))
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var now = timeProvider.GetUtcNow();
        // An expired answer or an abandoned claim (crash mid-request) frees the key.
        int freed;
        await using (await Db(scope).EnterWriteAsync(cancellationToken))
        {
            freed = await Records(scope)
                .Where(r => r.PageId == pageId && r.Key == key && r.ExpiresAt <= now)
                .ExecuteDeleteAsync(cancellationToken);
        }

        return freed > 0 && await TryInsertAsync(pageId, key, fingerprint, cancellationToken);
    }

    private async Task<bool> TryInsertAsync(
        Guid pageId,
        string key,
        string fingerprint,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = timeProvider.GetUtcNow();
        var records = Records(scope);
        await using var writing = await Db(scope).EnterWriteAsync(cancellationToken);
        if (Random.Shared.Next(PurgeOneIn) == 0)
        {
            // Now and then, sweep every expired record (indexed on ExpiresAt), so the table stays
            // about one retention period of traffic without a scheduled job.
            await records.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        }

        records.Add(
            new StoredIdempotencyRecord
            {
                PageId = pageId,
                Key = key,
                Fingerprint = fingerprint,
                CreatedAt = now,
                ExpiresAt = now + options.Value.InFlightTimeout,
            }
        );
        try
        {
            await scope
                .ServiceProvider.GetRequiredService<IncidentsDbContext>()
                .SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            return false;
        }
    }

    public async Task CompleteAsync(
        Guid pageId,
        string key,
        IdempotentResponse response,
        CancellationToken cancellationToken
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var expiresAt = timeProvider.GetUtcNow() + options.Value.Retention;
        await using var writing = await Db(scope).EnterWriteAsync(cancellationToken);
        await Records(scope)
            .Where(r => r.PageId == pageId && r.Key == key && r.StatusCode == null)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(r => r.StatusCode, response.StatusCode)
                        .SetProperty(r => r.ContentType, response.ContentType)
                        .SetProperty(r => r.ResponseBody, response.Body)
                        .SetProperty(r => r.ExpiresAt, expiresAt),
                cancellationToken
            );
    }

    public async Task ReleaseAsync(Guid pageId, string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var writing = await Db(scope).EnterWriteAsync(cancellationToken);
        await Records(scope)
            .Where(r => r.PageId == pageId && r.Key == key && r.StatusCode == null)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private static IncidentsDbContext Db(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();

    private static DbSet<StoredIdempotencyRecord> Records(AsyncServiceScope scope) =>
        scope
            .ServiceProvider.GetRequiredService<IncidentsDbContext>()
            .Set<StoredIdempotencyRecord>();
}
