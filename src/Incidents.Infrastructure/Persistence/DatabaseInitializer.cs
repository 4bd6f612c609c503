using Incidents.Domain.ApiKeys;
using Incidents.Domain.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.Persistence;

/// <summary>
/// Brings the database to a usable state at startup: migrations, the default page, and a first key.
/// Idempotent, so every instance (and every CLI run) may run it.
/// </summary>
public sealed partial class DatabaseInitializer(
    IncidentsDbContext db,
    IOptions<DatabaseOptions> options,
    IConfiguration configuration,
    TimeProvider timeProvider,
    ILogger<DatabaseInitializer> logger
)
{
    /// <returns>A key generated because none existed and none was configured; the caller shows it once.</returns>
    public async Task<string?> InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.Value.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers (the public page) run while a writer commits; it persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var now = timeProvider.GetUtcNow();
        var page = await EnsureDefaultPageAsync(now, cancellationToken);

        var bootstrapKey = configuration["Auth:BootstrapApiKey"];
        if (!string.IsNullOrWhiteSpace(bootstrapKey))
        {
            var hash = ApiKey.ComputeHash(bootstrapKey);
            if (!await db.ApiKeys.AnyAsync(k => k.Hash == hash, cancellationToken))
            {
                db.ApiKeys.Add(
                    ApiKey
                        .FromPlaintext(page.Id, "bootstrap", ApiKeyRole.Admin, bootstrapKey, now)
                        .ApiKey
                );
                await db.SaveChangesAsync(cancellationToken);
                LogBootstrapKeyRegistered(logger);
            }

            return null;
        }

        if (await db.ApiKeys.AnyAsync(cancellationToken))
        {
            return null;
        }

        var issued = ApiKey.Issue(page.Id, "generated", ApiKeyRole.Admin, now);
        db.ApiKeys.Add(issued.ApiKey);
        await db.SaveChangesAsync(cancellationToken);
        return issued.PlaintextKey;
    }

    private async Task<StatusPage> EnsureDefaultPageAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        var existing = await db.StatusPages.FirstOrDefaultAsync(
            p => p.Slug == StatusPage.DefaultSlug,
            cancellationToken
        );
        var timeZone = configuration["Pages:DefaultTimeZone"];
        if (existing is not null)
        {
            if (!string.IsNullOrWhiteSpace(timeZone) && existing.TimeZone != timeZone.Trim())
            {
                existing.ChangeTimeZone(timeZone);
                await db.SaveChangesAsync(cancellationToken);
            }

            return existing;
        }

        var name = configuration["Pages:DefaultName"];
        var page = StatusPage.Create(
            StatusPage.DefaultSlug,
            string.IsNullOrWhiteSpace(name) ? "Status" : name,
            now
        );
        if (!string.IsNullOrWhiteSpace(timeZone))
        {
            page.ChangeTimeZone(timeZone);
        }

        db.StatusPages.Add(page);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return page;
        }
        catch (DbUpdateException)
        {
            // Another instance created it at the same moment (unique slug): use theirs.
            db.ChangeTracker.Clear();
            return await db.StatusPages.FirstAsync(
                p => p.Slug == StatusPage.DefaultSlug,
                cancellationToken
            );
        }
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Registered the configured bootstrap API key for the default page"
    )]
    private static partial void LogBootstrapKeyRegistered(ILogger logger);
}
