using System.Text.RegularExpressions;
using Incidents.Domain.Common;

namespace Incidents.Domain.Pages;

/// <summary>A tenant: one public status page with its own components, incidents, keys and subscribers.</summary>
public sealed partial class StatusPage : AggregateRoot
{
    public const string DefaultSlug = "default";
    public const int NameMaxLength = 100;
    public const int SlugMaxLength = 64;
    public const int TimeZoneMaxLength = 64;
    public const string DefaultTimeZone = "UTC";
    public const int MaxHostnames = 20;

    private readonly List<PageHostname> _hostnames = [];

    private StatusPage() { }

    public string Slug { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The IANA zone the page's readers live in: maintenance windows are shown there (and in UTC).</summary>
    public string TimeZone { get; private set; } = DefaultTimeZone;

    /// <summary>
    /// The language of the page's own text for a visitor who asks for none of
    /// <see cref="Languages.Supported"/>, and of subscribers who choose none; the language incident
    /// text is written in (translations are the others).
    /// </summary>
    public string DefaultLanguage { get; private set; } = Languages.Default;

    /// <summary>Hostnames that serve this page at their root (unique across pages).</summary>
    public IReadOnlyCollection<PageHostname> Hostnames => _hostnames.AsReadOnly();

    public static StatusPage Create(string slug, string name, DateTimeOffset now)
    {
        if (
            string.IsNullOrWhiteSpace(slug)
            || slug.Length > SlugMaxLength
            || !SlugPattern().IsMatch(slug)
        )
        {
            throw new DomainException(
                "Slug must be 1-64 lowercase letters, digits or hyphens, starting with a letter or digit."
            );
        }

        return new StatusPage
        {
            Id = Guid.CreateVersion7(now),
            Slug = slug,
            Name = ValidName(name),
            CreatedAt = now,
        };
    }

    public void Rename(string name) => Name = ValidName(name);

    /// <summary>Changes the zone and tells the public side (its cached answers show times in it).</summary>
    public void ChangeTimeZone(string timeZone, DateTimeOffset now)
    {
        ChangeTimeZone(timeZone);
        Raise(new PageTimeZoneChanged(Id, TimeZone, now));
    }

    /// <summary>Changes the default language and tells the public side (cached pages are in it).</summary>
    public void ChangeDefaultLanguage(string? language, DateTimeOffset now)
    {
        DefaultLanguage = Languages.Require(language, "DefaultLanguage");
        Raise(new PageLanguageChanged(Id, DefaultLanguage, now));
    }

    /// <summary>
    /// Adds a hostname; returns its stored form. Whether another page has it is checked by the
    /// caller (and by the database's unique key): one page never sees another's hostnames.
    /// </summary>
    public string AddHostname(string? hostname, DateTimeOffset now)
    {
        var name = PageHostname.Normalize(hostname);
        if (_hostnames.Exists(h => h.Name == name))
        {
            throw new DomainException($"Hostname '{name}' is already set on this page.");
        }

        if (_hostnames.Count >= MaxHostnames)
        {
            throw new DomainException($"A page can have at most {MaxHostnames} hostnames.");
        }

        _hostnames.Add(PageHostname.Of(name));
        Raise(new PageHostnamesChanged(Id, name, Added: true, now));
        return name;
    }

    public string RemoveHostname(string? hostname, DateTimeOffset now)
    {
        var name = PageHostname.TryNormalize(hostname, out var normalized)
            ? normalized
            : hostname ?? string.Empty;
        var existing =
            _hostnames.Find(h => h.Name == name)
            ?? throw new DomainException($"Hostname '{name}' is not set on this page.");
        _hostnames.Remove(existing);
        Raise(new PageHostnamesChanged(Id, name, Added: false, now));
        return name;
    }

    public void ChangeTimeZone(string timeZone)
    {
        if (
            string.IsNullOrWhiteSpace(timeZone)
            || timeZone.Length > TimeZoneMaxLength
            || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out _)
        )
        {
            throw new DomainException("TimeZone must be an IANA time zone.");
        }

        TimeZone = timeZone.Trim();
    }

    private static string ValidName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Name is required.");
        }

        if (name.Length > NameMaxLength)
        {
            throw new DomainException($"Name must be at most {NameMaxLength} characters.");
        }

        return name.Trim();
    }

    // \z rather than $: $ also matches before a trailing newline ("acme\n").
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
