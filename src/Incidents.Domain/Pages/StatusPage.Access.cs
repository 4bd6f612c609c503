using Incidents.Domain.Common;

namespace Incidents.Domain.Pages;

/// <summary>Who may read the page (issue 15): visibility, shared password, allowed sign-ins, IP ranges, feed token.</summary>
public sealed partial class StatusPage
{
    public const int PasswordHashMaxLength = 256;
    public const int FeedTokenHashLength = 64;

    private List<string> _allowedSignIns = [];
    private List<string> _ipAllowList = [];

    public PageVisibility Visibility { get; private set; } = PageVisibility.Public;

    /// <summary>The shared password of a <see cref="PageVisibility.Password"/> page, hashed (never the password).</summary>
    public string? PasswordHash { get; private set; }

    /// <summary>Email addresses and domains that may ask for a sign-in link (<see cref="PageVisibility.Restricted"/>).</summary>
    public IReadOnlyList<string> AllowedSignIns => _allowedSignIns.AsReadOnly();

    /// <summary>CIDR ranges whose clients read a non-public page without signing in.</summary>
    public IReadOnlyList<string> IpAllowList => _ipAllowList.AsReadOnly();

    /// <summary>SHA-256 (hex) of the feed token that opens the feeds, calendar and badge of a non-public page.</summary>
    public string? FeedTokenHash { get; private set; }

    /// <summary>Sessions and sign-in links carry this number: changing who may read the page ends them all.</summary>
    public int AccessVersion { get; private set; }

    /// <summary>
    /// Sets who may read the page. <paramref name="passwordHash"/>: a new shared password (hashed by
    /// the caller), or null to keep the current one. Changing the visibility, the password or the
    /// allowed sign-ins signs every visitor out; changing only the IP ranges does not.
    /// </summary>
    public void ChangeAccess(
        PageVisibility visibility,
        string? passwordHash,
        IEnumerable<string>? allowedSignIns,
        IEnumerable<string>? ipAllowList,
        DateTimeOffset now
    )
    {
        if (!Enum.IsDefined(visibility))
        {
            throw new DomainException("Visibility must be one of: Public, Password, Restricted.");
        }

        var signIns = Distinct(allowedSignIns, PageAudience.NormalizeSignIn, "AllowedSignIns");
        var ranges = Distinct(ipAllowList, PageAudience.NormalizeIpRange, "IpAllowList");
        if (passwordHash is { Length: 0 or > PasswordHashMaxLength })
        {
            throw new DomainException("The password hash is not valid.");
        }

        var newHash = visibility == PageVisibility.Password ? passwordHash ?? PasswordHash : null;
        switch (visibility)
        {
            case PageVisibility.Password when newHash is null:
                throw new DomainException(
                    "Password is required to make the page Password-protected."
                );
            case PageVisibility.Restricted when signIns.Count == 0:
                throw new DomainException(
                    "AllowedSignIns must list at least one email address or domain for a Restricted page."
                );
            case PageVisibility.Public when ranges.Count > 0:
                throw new DomainException(
                    "IpAllowList applies to Password and Restricted pages only: a Public page is open to everyone."
                );
            case PageVisibility.Password when signIns.Count > 0:
                throw new DomainException("AllowedSignIns applies to Restricted pages only.");
        }

        var signsOut =
            visibility != Visibility
            || newHash != PasswordHash
            || !signIns.SequenceEqual(_allowedSignIns, StringComparer.Ordinal);
        Visibility = visibility;
        PasswordHash = newHash;
        _allowedSignIns = signIns;
        _ipAllowList = ranges;
        if (visibility == PageVisibility.Public)
        {
            FeedTokenHash = null;
        }

        if (signsOut)
        {
            AccessVersion++;
        }

        Raise(new PageAccessChanged(Id, Visibility, AccessVersion, now));
    }

    /// <summary>Replaces the feed token (its SHA-256 hex; the token itself is shown once to the admin).</summary>
    public void ReplaceFeedToken(string tokenHash, DateTimeOffset now)
    {
        if (Visibility == PageVisibility.Public)
        {
            throw new DomainException(
                "A Public page needs no feed token: its feeds and badge are open to everyone."
            );
        }

        if (tokenHash.Length != FeedTokenHashLength)
        {
            throw new DomainException("The feed token hash is not valid.");
        }

        FeedTokenHash = tokenHash;
        Raise(new PageAccessChanged(Id, Visibility, AccessVersion, now));
    }

    public void RevokeFeedToken(DateTimeOffset now)
    {
        if (FeedTokenHash is null)
        {
            throw new DomainException("The page has no feed token.");
        }

        FeedTokenHash = null;
        Raise(new PageAccessChanged(Id, Visibility, AccessVersion, now));
    }

    private static List<string> Distinct(
        IEnumerable<string>? entries,
        Func<string?, string> normalize,
        string name
    )
    {
        var list = (entries ?? []).Select(normalize).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > PageAudience.MaxEntries)
        {
            throw new DomainException(
                $"{name} can list at most {PageAudience.MaxEntries} entries."
            );
        }

        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
