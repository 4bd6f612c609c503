namespace Incidents.Domain.Integrations;

/// <summary>Loads and adds Integration aggregates; the unit of work saves.</summary>
public interface IIntegrationRepository
{
    /// <summary>The page's integration, tracked for change, or null.</summary>
    Task<Integration?> GetAsync(
        Guid pageId,
        Guid integrationId,
        CancellationToken cancellationToken
    );

    /// <summary>Any page's integration by id, untracked: for the receivers, which learn the page from it.</summary>
    Task<Integration?> FindAsync(Guid integrationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Integration>> ListAsync(Guid pageId, CancellationToken cancellationToken);

    void Add(Integration integration);

    void Remove(Integration integration);
}
