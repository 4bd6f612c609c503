namespace Incidents.Domain.ApiKeys;

public interface IApiKeyRepository
{
    Task<ApiKey?> GetAsync(Guid pageId, Guid apiKeyId, CancellationToken cancellationToken);

    Task<ApiKey?> FindByHashAsync(string hash, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListAsync(Guid pageId, CancellationToken cancellationToken);

    Task<bool> AnyAsync(CancellationToken cancellationToken);

    void Add(ApiKey apiKey);
}
