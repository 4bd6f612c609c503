namespace Incidents.Application.Pages.Common;

/// <summary>Who may read a page, as the admin API shows it: never the password or the feed token.</summary>
public sealed record PageAccessDto(
    Guid PageId,
    string Visibility,
    bool HasPassword,
    IReadOnlyList<string> AllowedSignIns,
    IReadOnlyList<string> IpAllowList,
    bool HasFeedToken
)
{
    public static PageAccessDto Of(Domain.Pages.StatusPage page) =>
        new(
            page.Id,
            page.Visibility.ToString(),
            page.PasswordHash is not null,
            page.AllowedSignIns,
            page.IpAllowList,
            page.FeedTokenHash is not null
        );
}
