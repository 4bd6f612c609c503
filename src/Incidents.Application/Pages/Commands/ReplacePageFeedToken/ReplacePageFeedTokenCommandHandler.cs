using System.Security.Cryptography;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Pages.Common;
using Incidents.Domain.Pages;
using Mediator;

namespace Incidents.Application.Pages.Commands.ReplacePageFeedToken;

public sealed class ReplacePageFeedTokenCommandHandler(
    IStatusPageRepository pages,
    ICurrentCaller caller,
    TimeProvider timeProvider
) : ICommandHandler<ReplacePageFeedTokenCommand, string>
{
    public async ValueTask<string> Handle(
        ReplacePageFeedTokenCommand command,
        CancellationToken cancellationToken
    )
    {
        var page = await PageHostnameTarget.ResolveAsync(
            pages,
            caller,
            command.PageSlug,
            cancellationToken
        );
        // 256 random bits, URL-safe: it travels in feed readers' URLs.
        var token = "pft_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        page.ReplaceFeedToken(PageFeedToken.Hash(token), timeProvider.GetUtcNow());
        return token;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
