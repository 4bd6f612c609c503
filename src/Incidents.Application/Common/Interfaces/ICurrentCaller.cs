namespace Incidents.Application.Common.Interfaces;

/// <summary>
/// Who is calling: the authenticated API key and the page (tenant) it belongs to. Every admin
/// command and query is scoped to <see cref="PageId"/>.
/// </summary>
public interface ICurrentCaller
{
    Guid PageId { get; }

    Guid ApiKeyId { get; }

    string ApiKeyName { get; }
}
