namespace Incidents.Domain.Pages;

public interface IStatusPageRepository
{
    Task<StatusPage?> GetBySlugAsync(string slug, CancellationToken cancellationToken);

    Task<StatusPage?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>The page that has <paramref name="hostname"/> (stored form), or null.</summary>
    Task<StatusPage?> FindByHostnameAsync(string hostname, CancellationToken cancellationToken);

    Task<IReadOnlyList<StatusPage>> ListAsync(CancellationToken cancellationToken);

    void Add(StatusPage page);
}
