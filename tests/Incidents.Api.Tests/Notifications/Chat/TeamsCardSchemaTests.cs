using System.Text.Json;
using System.Text.Json.Nodes;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications;
using Incidents.Infrastructure.Notifications.Channels.Chat;
using Incidents.Infrastructure.Notifications.Channels.Teams;
using Json.Schema;
using Microsoft.Extensions.Configuration;

namespace Incidents.Api.Tests.Notifications.Chat;

/// <summary>
/// The Adaptive Card inside our Teams message, validated against Microsoft's published Adaptive
/// Card 1.4 JSON schema (vendored verbatim in Notifications/Fixtures, see its README) with
/// JsonSchema.Net. The schema is draft-06 (<c>id</c>, not <c>$id</c>) and forbids unknown
/// properties everywhere, so a key Teams would ignore or reject fails here.
/// </summary>
public sealed class TeamsCardSchemaTests
{
    private static readonly NotificationLinks Links = new(
        new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["PublicBaseUrl"] = "https://status.example.com" }
            )
            .Build()
    );

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static readonly DateTimeOffset At = new(2026, 11, 29, 1, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Built once with the draft-06 dialect named explicitly (the file's <c>$schema</c> says the
    /// same) and its own registry, so its <c>id</c> does not clash in the global one.
    /// </summary>
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(
            Path.Combine(
                AppContext.BaseDirectory,
                "Notifications",
                "Fixtures",
                "adaptive-card-1.4.schema.json"
            )
        ),
        new BuildOptions { Dialect = Dialect.Draft06, SchemaRegistry = new SchemaRegistry() }
    );

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    private const string LongMarkdown =
        "## Timeline\n\nWe are **investigating** elevated _error rates_ on `checkout`.\n\n"
        + "1. EU customers\n2. [Runbook](https://runbooks.example.com/a?b=1|2)\n\n"
        + "> quoted from the provider\n\n```\nstack trace <b>html</b>\n```\n\n"
        + "Pinging @everyone and <!channel>. [bad](javascript:alert(1))\n\n";

    public static TheoryData<string> Events() =>
        [
            "incident.created with components",
            "incident.updated with long Markdown",
            "incident.resolved",
            "maintenance.scheduled",
            "maintenance.completed",
            "component.status_changed",
        ];

    [Theory]
    [MemberData(nameof(Events))]
    public void TeamsCard_ValidatesAgainstTheAdaptiveCard14Schema(string scenario)
    {
        var card = CardOf(Build(scenario));

        var result = Schema.Evaluate(card.Deserialize<JsonElement>(), Evaluation);

        Assert.True(result.IsValid, Describe(result));
    }

    [Theory]
    [InlineData("unknown property on a TextBlock")]
    [InlineData("wrong type for wrap")]
    [InlineData("fact without a value")]
    [InlineData("unknown element type")]
    [InlineData("unknown property on the card")]
    public void TeamsCard_TheSchemaRejectsABrokenCard(string breakage)
    {
        var card = CardOf(Build("incident.created with components"));
        var body = card["body"]!.AsArray();
        switch (breakage)
        {
            case "unknown property on a TextBlock":
                body[0]!["colour"] = "Attention";
                break;
            case "wrong type for wrap":
                body[1]!["wrap"] = "yes";
                break;
            case "fact without a value":
                body[2]!["facts"]![0]!.AsObject().Remove("value");
                break;
            case "unknown element type":
                body.Add(new JsonObject { ["type"] = "Paragraph", ["text"] = "x" });
                break;
            default:
                card["msteams"] = new JsonObject { ["width"] = "Full" };
                break;
        }

        var result = Schema.Evaluate(card.Deserialize<JsonElement>(), Evaluation);

        Assert.False(result.IsValid, $"The schema accepted a card with {breakage}.");
    }

    private static JsonObject CardOf(string message) =>
        JsonNode.Parse(message)!["attachments"]![0]!["content"]!.AsObject();

    private static string Describe(EvaluationResults result) =>
        string.Join(
            "\n",
            (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d =>
                    d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")
                )
        );

    private static string Build(string scenario)
    {
        object data = scenario switch
        {
            "incident.created with components" => Incident(
                "Investigating",
                "Major Outage",
                "We are investigating.",
                ["Checkout", "API", "Web <app>"]
            ),
            "incident.updated with long Markdown" => Incident(
                "Identified",
                "Partial Outage",
                string.Concat(Enumerable.Repeat(LongMarkdown, 200)),
                ["Checkout"]
            ),
            "incident.resolved" => Incident("Resolved", "None", "All good now.", []),
            "component.status_changed" => new
            {
                page = Page,
                component = new
                {
                    id = Guid.Empty,
                    name = "Checkout",
                    status = "Degraded Performance",
                    previousStatus = "Operational",
                },
            },
            _ => new
            {
                page = Page,
                maintenance = new
                {
                    id = Guid.Parse("0193a1b2-0000-7000-8000-000000000002"),
                    title = "Database upgrade",
                    status = "Scheduled",
                    scheduledFor = At.AddDays(1),
                    scheduledUntil = At.AddDays(1).AddHours(2),
                },
                update = new
                {
                    id = Guid.Empty,
                    status = "Scheduled",
                    description = "**Read-only** for two hours.",
                    createdAt = At,
                },
                components = new[] { new { id = Guid.Empty, name = "Database" } },
            },
        };
        var type = scenario.Split(' ')[0];
        var delivery = Delivery.Create(
            Guid.NewGuid(),
            Guid.NewGuid(),
            type,
            DeliveryPayload.Create(
                JsonSerializer.Serialize(
                    new
                    {
                        type,
                        timestamp = At,
                        data,
                    },
                    WebJson
                ),
                At
            ),
            At
        );
        return TeamsPayload.Build(ChatNotification.From(delivery, Links));
    }

    private static readonly object Page = new
    {
        id = Guid.Empty,
        slug = "acme",
        name = "Acme Status",
        timeZone = "UTC",
    };

    private static object Incident(
        string status,
        string impact,
        string description,
        string[] components
    ) =>
        new
        {
            page = Page,
            incident = new
            {
                id = Guid.Parse("0193a1b2-0000-7000-8000-000000000001"),
                title = "Checkout errors",
                status,
                impact,
            },
            update = new
            {
                id = Guid.Empty,
                status,
                description,
                createdAt = At,
            },
            components = components
                .Select(c => new
                {
                    id = Guid.Empty,
                    name = c,
                    status = impact,
                })
                .ToArray(),
        };
}
