namespace Incidents.Infrastructure.PageAccess;

/// <summary>Configuration section <c>PageAccess</c>: sessions and sign-in limits of non-public pages.</summary>
public sealed class PageAccessOptions
{
    public const string SectionName = "PageAccess";

    /// <summary>How long a visitor's session lasts (the cookie's lifetime).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a mailed sign-in link works.</summary>
    public TimeSpan SignInLinkLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Failed passwords one client may make per <see cref="FailedPasswordWindow"/> (on any page).</summary>
    public int FailedPasswordsPerClient { get; set; } = 10;

    /// <summary>Failed passwords one page takes per window from all clients together (a distributed guesser).</summary>
    public int FailedPasswordsPerPage { get; set; } = 100;

    public TimeSpan FailedPasswordWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in links mailed to one address per hour.</summary>
    public int SignInLinksPerAddressPerHour { get; set; } = 5;

    /// <summary>Sign-in link requests one client may make per hour (answered alike whether mailed or not).</summary>
    public int SignInLinksPerClientPerHour { get; set; } = 20;
}
