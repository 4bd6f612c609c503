using Incidents.Application.Common.Exceptions;

namespace Incidents.Application.PublicStatus.Common;

internal static class PublicPageResolver
{
    public const string NotFoundMessage = "Status page not found.";

    public static async Task<PublicPageDto> RequireAsync(
        this IPublicStatusReader reader,
        string slug,
        CancellationToken cancellationToken
    ) =>
        await reader.FindPageAsync(slug, cancellationToken)
        ?? throw new NotFoundException(NotFoundMessage);
}
