namespace Incidents.Application.Pages.Common;

/// <summary>
/// Bounds guessing and mailing: failed passwords per client and per page, sign-in links per
/// address and per client.
/// </summary>
public interface IPageSignInRateLimiter
{
    /// <summary>False while this client or this page has used up its failed attempts.</summary>
    bool MayTryPassword(Guid pageId, string clientKey);

    void RecordFailedPassword(Guid pageId, string clientKey);

    /// <summary>Every link request counts against its client, whatever the address.</summary>
    bool TryAcquireLinkForClient(string clientKey);

    /// <summary>Mails to one address of one page; past it, the request is answered alike but nothing is sent.</summary>
    bool TryAcquireLinkForAddress(Guid pageId, string email);
}
