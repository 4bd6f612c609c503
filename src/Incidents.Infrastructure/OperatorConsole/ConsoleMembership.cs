using Incidents.Domain.ApiKeys;

namespace Incidents.Infrastructure.OperatorConsole;

/// <summary>A user's role on one page: the same three roles an API key has.</summary>
public sealed class ConsoleMembership
{
    public Guid UserId { get; set; }

    public Guid PageId { get; set; }

    public ApiKeyRole Role { get; set; }
}
