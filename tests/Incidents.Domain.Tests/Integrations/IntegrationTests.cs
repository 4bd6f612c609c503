using Incidents.Domain.Common;
using Incidents.Domain.Integrations;

namespace Incidents.Domain.Tests.Integrations;

public class IntegrationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    private static AlertRule Rule(string service, string impact) =>
        new(
            new Dictionary<string, string> { ["service"] = service },
            [],
            impact,
            null,
            true,
            false
        );

    [Fact]
    public void Create_StoresOnlyTheHashOfTheToken()
    {
        var issued = Integration.Create(
            Guid.NewGuid(),
            IntegrationType.Alertmanager,
            "AM",
            [],
            null,
            null,
            Now
        );

        Assert.StartsWith("int_", issued.PlaintextToken);
        Assert.Equal(Integration.ComputeHash(issued.PlaintextToken), issued.Integration.TokenHash);
        Assert.True(issued.Integration.IsToken(issued.PlaintextToken));
        Assert.False(issued.Integration.IsToken(issued.PlaintextToken + "x"));
    }

    [Fact]
    public void RuleFor_FirstMatchingRuleWins_ElseTheDefault()
    {
        var fallback = Rule("*", "None");
        var integration = Integration
            .Create(
                Guid.NewGuid(),
                IntegrationType.Alertmanager,
                "AM",
                [
                    Rule("api", "Major Outage"),
                    Rule("api", "Partial Outage"),
                    Rule("db", "Degraded Performance"),
                ],
                fallback,
                null,
                Now
            )
            .Integration;

        Assert.Equal(
            "Major Outage",
            integration
                .RuleFor(new Dictionary<string, string> { ["service"] = "api", ["x"] = "y" })!
                .Impact
        );
        Assert.Equal(
            "Degraded Performance",
            integration.RuleFor(new Dictionary<string, string> { ["service"] = "db" })!.Impact
        );
        Assert.Same(fallback, integration.RuleFor(new Dictionary<string, string>()));
    }

    [Fact]
    public void RuleFor_NoMatchAndNoDefault_IsNull()
    {
        var integration = Integration
            .Create(
                Guid.NewGuid(),
                IntegrationType.Grafana,
                "G",
                [Rule("api", "None")],
                null,
                null,
                Now
            )
            .Integration;

        Assert.Null(integration.RuleFor(new Dictionary<string, string> { ["service"] = "web" }));
    }

    [Fact]
    public void ExternalIdFor_IsStablePerGroupAndDistinctPerIntegration()
    {
        var a = Integration
            .Create(Guid.NewGuid(), IntegrationType.Alertmanager, "A", [], null, null, Now)
            .Integration;
        var b = Integration
            .Create(Guid.NewGuid(), IntegrationType.Alertmanager, "B", [], null, null, Now)
            .Integration;
        const string groupKey = "{}:{alertname=\"ApiDown\", service=\"api\"}";

        Assert.Equal(a.ExternalIdFor(groupKey), a.ExternalIdFor(groupKey));
        Assert.NotEqual(a.ExternalIdFor(groupKey), b.ExternalIdFor(groupKey));
        Assert.NotEqual(a.ExternalIdFor(groupKey), a.ExternalIdFor(groupKey + " "));
        Assert.True(a.ExternalIdFor(new string('k', 8000)).Length <= 200);
    }

    [Fact]
    public void Create_SecretOnAlertmanager_IsRefused() =>
        Assert.Throws<DomainException>(() =>
            Integration.Create(
                Guid.NewGuid(),
                IntegrationType.Alertmanager,
                "AM",
                [],
                null,
                "0123456789abcdef",
                Now
            )
        );
}
