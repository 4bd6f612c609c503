using System.Threading.RateLimiting;
using Incidents.Application.Pages.Common;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.PageAccess;

/// <summary>
/// In-process fixed windows: failed passwords per client and per page, sign-in links per client and
/// per address. Per instance (with several instances each allows its own share), like the
/// subscription limits: enough to make guessing a password hopeless and mail-bombing pointless.
/// </summary>
internal sealed class PageSignInRateLimiter : IPageSignInRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _failedPerClient;
    private readonly PartitionedRateLimiter<string> _failedPerPage;
    private readonly PartitionedRateLimiter<string> _linksPerClient;
    private readonly PartitionedRateLimiter<string> _linksPerAddress;

    public PageSignInRateLimiter(IOptions<PageAccessOptions> options)
    {
        var o = options.Value;
        _failedPerClient = Create(o.FailedPasswordsPerClient, o.FailedPasswordWindow);
        _failedPerPage = Create(o.FailedPasswordsPerPage, o.FailedPasswordWindow);
        _linksPerClient = Create(o.SignInLinksPerClientPerHour, TimeSpan.FromHours(1));
        _linksPerAddress = Create(o.SignInLinksPerAddressPerHour, TimeSpan.FromHours(1));
    }

    public bool MayTryPassword(Guid pageId, string clientKey) =>
        _failedPerClient.GetStatistics(clientKey) is not { CurrentAvailablePermits: <= 0 }
        && _failedPerPage.GetStatistics(pageId.ToString("N"))
            is not { CurrentAvailablePermits: <= 0 };

    public void RecordFailedPassword(Guid pageId, string clientKey)
    {
        using var client = _failedPerClient.AttemptAcquire(clientKey);
        using var page = _failedPerPage.AttemptAcquire(pageId.ToString("N"));
    }

    public bool TryAcquireLinkForClient(string clientKey)
    {
        using var lease = _linksPerClient.AttemptAcquire(clientKey);
        return lease.IsAcquired;
    }

    public bool TryAcquireLinkForAddress(Guid pageId, string email)
    {
        using var lease = _linksPerAddress.AttemptAcquire(pageId.ToString("N") + "\n" + email);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _failedPerClient.Dispose();
        _failedPerPage.Dispose();
        _linksPerClient.Dispose();
        _linksPerAddress.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetFixedWindowLimiter(
                key,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits),
                    Window = window,
                    QueueLimit = 0,
                }
            )
        );
}
