namespace Incidents.Application.Common.Interfaces;

/// <summary>One commit per command.</summary>
public interface IUnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> and commits what it changed in one transaction. When the commit
    /// loses an optimistic-concurrency race, or the database reports a transient fault, all tracked
    /// state is discarded and the whole work runs again, so a command is never applied by halves.
    /// </summary>
    Task<TResult> ExecuteAsync<TResult>(
        Func<CancellationToken, ValueTask<TResult>> work,
        CancellationToken cancellationToken
    );
}
