using System.Security.Cryptography;
using System.Text;
using Incidents.Domain.Common;

namespace Incidents.Domain.Integrations;

/// <summary>
/// An alert source connected to one page: its receiver authenticates with a token whose SHA-256
/// hash alone is stored (like API keys, ADR 6), and its rules decide which alert groups become
/// which incidents. Grafana's optional HMAC secret is kept as given, because verifying a
/// signature needs the secret itself.
/// </summary>
public sealed class Integration : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int SecretMaxLength = 200;
    public const int MaxRules = 50;
    public const string TokenPrefix = "int_";

    private List<AlertRule> _rules = [];

    private Integration() { }

    public Guid PageId { get; private set; }

    public IntegrationType Type { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string TokenHash { get; private set; } = string.Empty;

    /// <summary>Grafana's HMAC secret (null: no signature required).</summary>
    public string? Secret { get; private set; }

    /// <summary>Ordered: the first rule that matches wins.</summary>
    public IReadOnlyList<AlertRule> Rules => _rules.AsReadOnly();

    /// <summary>What applies when no rule matches; null ignores such alerts.</summary>
    public AlertRule? Default { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static IssuedIntegration Create(
        Guid pageId,
        IntegrationType type,
        string name,
        IEnumerable<AlertRule> rules,
        AlertRule? defaultRule,
        string? secret,
        DateTimeOffset now
    )
    {
        var token = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var integration = new Integration
        {
            Id = Guid.CreateVersion7(now),
            PageId = pageId,
            Type = type,
            TokenHash = ComputeHash(token),
            CreatedAt = now,
        };
        integration.Change(name, rules, defaultRule, secret, now);
        return new IssuedIntegration(integration, token);
    }

    public void Change(
        string name,
        IEnumerable<AlertRule> rules,
        AlertRule? defaultRule,
        string? secret,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (string.IsNullOrWhiteSpace(name) || name.Length > NameMaxLength)
        {
            throw new DomainException($"Name is required and at most {NameMaxLength} characters.");
        }

        var list = rules.ToList();
        if (list.Count > MaxRules)
        {
            throw new DomainException($"At most {MaxRules} rules.");
        }

        if (secret is not null && Type != IntegrationType.Grafana)
        {
            throw new DomainException("Only a Grafana integration takes a Secret.");
        }

        Name = name.Trim();
        _rules = list;
        Default = defaultRule;
        Secret = string.IsNullOrEmpty(secret) ? null : secret;
        UpdatedAt = now;
        Raise(new IntegrationChanged(Id, PageId, now));
    }

    /// <summary>Before it is removed: receivers everywhere must stop accepting its token.</summary>
    public void Delete(DateTimeOffset now) => Raise(new IntegrationChanged(Id, PageId, now));

    /// <summary>The first rule matching the group's labels, else the default (null: ignore).</summary>
    public AlertRule? RuleFor(IReadOnlyDictionary<string, string> labels) =>
        _rules.FirstOrDefault(r => r.Matches(labels)) ?? Default;

    public bool IsToken(string presented) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(ComputeHash(presented)),
            Encoding.ASCII.GetBytes(TokenHash)
        );

    /// <summary>The incident ExternalId for an alert group: one open incident per integration and group.</summary>
    public string ExternalIdFor(string groupKey) =>
        (Type == IntegrationType.Grafana ? "grafana:" : "am:")
        + Id.ToString("N")
        + ":"
        + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(groupKey)));

    public static string ComputeHash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
