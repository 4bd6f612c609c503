namespace Incidents.Domain.Pages;

public interface IStatusPageRepository
{
    Task<StatusPage?> GetBySlugAsync(string slug, CancellationToken cancellationToken);

    Task<IReadOnlyList<StatusPage>> ListAsync(CancellationToken cancellationToken);

    void Add(StatusPage page);
}
