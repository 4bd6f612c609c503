namespace Incidents.Application.Pages.Common;

/// <summary>Makes the signed, short-lived token of a Restricted page's sign-in link, and mails the link.</summary>
public interface IPageSignInLinks
{
    string CreateToken(Guid pageId, string email, int accessVersion);

    Task SendAsync(string email, string pageName, Uri link, CancellationToken cancellationToken);
}
