namespace Incidents.Api.PublicStatus;

/// <summary>Settings under <c>StatusPage:</c>.</summary>
public sealed class StatusPageOptions
{
    public const string SectionName = "StatusPage";

    /// <summary>Renders the email form posting to /api/public/{slug}/subscribe (double opt-in).</summary>
    public bool ShowSubscribeForm { get; set; } = true;

    /// <summary>
    /// A safety net only: every write evicts at once. The expiry bounds how long a day rollover of
    /// the history bars (which no write causes) can take to show.
    /// </summary>
    public int CacheSeconds { get; set; } = 60;

    /// <summary>
    /// The absolute address the public reaches the service at, for links in the feeds. Taken from
    /// the top-level <c>PublicBaseUrl</c> setting (shared with the links in emails) when it is set.
    /// </summary>
    public string PublicBaseUrl { get; set; } = IncidentsApiSetup.DefaultUrl;

    /// <summary>Maps /_bench/bare/... (serves stored bytes, no cache, no database) for bench/status-page.sh.</summary>
    public bool EnableBenchmarkEndpoint { get; set; }
}
