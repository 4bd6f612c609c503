namespace Incidents.Api.Models.Pages;

public sealed class PageAccessModel
{
    /// <summary>Public, Password or Restricted.</summary>
    public string? Visibility { get; set; }

    /// <summary>The shared password of a Password page (8-128 characters); omit to keep the current one. Stored hashed, never shown.</summary>
    public string? Password { get; set; }

    /// <summary>Restricted: email addresses (ops@example.com) and domains (example.com) that may ask for a sign-in link.</summary>
    public IReadOnlyList<string>? AllowedSignIns { get; set; }

    /// <summary>Password and Restricted: CIDR ranges (10.0.0.0/8) whose clients read the page without signing in.</summary>
    public IReadOnlyList<string>? IpAllowList { get; set; }
}
