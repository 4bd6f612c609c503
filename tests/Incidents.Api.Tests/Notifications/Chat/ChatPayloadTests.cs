using System.Text.Json;
using System.Text.Json.Nodes;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications;
using Incidents.Infrastructure.Notifications.Channels.Chat;
using Incidents.Infrastructure.Notifications.Channels.Discord;
using Incidents.Infrastructure.Notifications.Channels.Slack;
using Incidents.Infrastructure.Notifications.Channels.Teams;
using Microsoft.Extensions.Configuration;

namespace Incidents.Api.Tests.Notifications.Chat;

/// <summary>
/// The platform payloads built from a stored delivery: snapshots (committed JSON; regenerate with
/// INCIDENTS_UPDATE_SNAPSHOTS=1 and review the diff), the platforms' documented limits, Markdown
/// in each dialect, and mass mentions neutralised.
/// </summary>
public sealed class ChatPayloadTests
{
    private static readonly NotificationLinks Links = new(
        new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["PublicBaseUrl"] = "https://status.example.com" }
            )
            .Build()
    );

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly DateTimeOffset At = new(2026, 11, 29, 1, 0, 0, TimeSpan.Zero);

    private const string Markdown =
        "We are **investigating** elevated _error rates_ on `checkout`.\n\n- EU customers\n- [Runbook](https://runbooks.example.com/a?b=1|2)\n\nPinging @everyone and <!channel> and <@&123>. <b>html</b> [bad](javascript:alert(1))";

    private static Delivery IncidentDelivery(
        string type = NotificationEventTypes.IncidentCreated,
        string description = Markdown,
        string title = "Checkout errors",
        string impact = "Major Outage"
    ) =>
        Delivery.Create(
            Guid.NewGuid(),
            Guid.NewGuid(),
            type,
            DeliveryPayload.Create(
                JsonSerializer.Serialize(
                    new
                    {
                        type,
                        timestamp = At,
                        data = new
                        {
                            page = new
                            {
                                id = Guid.Empty,
                                slug = "acme",
                                name = "Acme Status",
                                timeZone = "UTC",
                            },
                            incident = new
                            {
                                id = Guid.Parse("0193a1b2-0000-7000-8000-000000000001"),
                                title,
                                status = "Investigating",
                                impact,
                            },
                            update = new
                            {
                                id = Guid.Empty,
                                status = "Investigating",
                                description,
                                createdAt = At,
                            },
                            components = new[]
                            {
                                new
                                {
                                    id = Guid.Empty,
                                    name = "Checkout",
                                    status = impact,
                                },
                            },
                        },
                    },
                    WebJson
                ),
                At
            ),
            At
        );

    private static ChatNotification Notification(Delivery? delivery = null) =>
        ChatNotification.From(delivery ?? IncidentDelivery(), Links);

    [Theory]
    [InlineData("slack")]
    [InlineData("teams")]
    [InlineData("discord")]
    public void Payload_ForAnIncident_MatchesTheSnapshot(string platform)
    {
        var json = Build(platform, Notification());
        var pretty = JsonNode.Parse(json)!.ToJsonString(Indented);
        var file = Path.Combine(SnapshotFolder(), $"{platform}-incident-created.json");

        if (Environment.GetEnvironmentVariable("INCIDENTS_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(file, pretty + "\n");
        }

        Assert.True(
            File.Exists(file),
            $"No snapshot {file}: run with INCIDENTS_UPDATE_SNAPSHOTS=1 and review it."
        );
        Assert.Equal(File.ReadAllText(file).TrimEnd(), pretty.TrimEnd());
    }

    private static string Build(string platform, ChatNotification n) =>
        platform switch
        {
            "slack" => SlackPayload.Build(n),
            "teams" => TeamsPayload.Build(n),
            _ => DiscordPayload.Build(n),
        };

    /// <summary>The committed snapshots, in the source tree (not the copy in bin/).</summary>
    private static string SnapshotFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (
            dir is not null
            && !File.Exists(Path.Combine(dir.FullName, "Incidents.Api.Tests.csproj"))
        )
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "Notifications", "Chat", "Snapshots");
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("teams")]
    [InlineData("discord")]
    public void Payload_NeverCarriesAMassMention(string platform)
    {
        var json = Build(platform, Notification(IncidentDelivery(title: "@here: @channel down")));

        // JSON escapes the zero-width space that now follows each '@'.
        Assert.DoesNotContain("@everyone", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@here", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@channel", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!channel>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", json, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_InEachDialect()
    {
        const string text = "**bold** _it_ [docs](https://example.com/x) `a<b` & more";

        Assert.Equal(
            "*bold* _it_ <https://example.com/x|docs> `a&lt;b` &amp; more",
            ChatMarkdown.Convert(text, ChatMarkdown.Dialect.Slack)
        );
        Assert.Equal(
            "**bold** *it* [docs](https://example.com/x) `a<b` & more",
            ChatMarkdown.Convert(text, ChatMarkdown.Dialect.Discord)
        );
        Assert.Equal(
            "**bold** _it_ [docs](https://example.com/x) `a<b` & more",
            ChatMarkdown.Convert(text, ChatMarkdown.Dialect.Teams)
        );
    }

    [Fact]
    public void Slack_LongTexts_StayWithinBlockKitLimits()
    {
        var n = Notification(
            IncidentDelivery(description: new string('x', 9_000), title: new string('t', 200))
        );

        using var json = JsonDocument.Parse(SlackPayload.Build(n));
        var blocks = json.RootElement.GetProperty("blocks");
        Assert.True(blocks.GetArrayLength() <= 50);
        Assert.True(blocks[0].GetProperty("text").GetProperty("text").GetString()!.Length <= 150);
        Assert.All(
            blocks.EnumerateArray(),
            b =>
            {
                if (b.TryGetProperty("text", out var t))
                {
                    Assert.True(t.GetProperty("text").GetString()!.Length <= 3000);
                }

                if (b.TryGetProperty("fields", out var fields))
                {
                    Assert.True(fields.GetArrayLength() <= 10);
                    Assert.All(
                        fields.EnumerateArray(),
                        f => Assert.True(f.GetProperty("text").GetString()!.Length <= 2000)
                    );
                }
            }
        );
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("text").GetString()));
    }

    [Fact]
    public void Discord_LongTexts_StayWithinEmbedLimits()
    {
        var n = Notification(
            IncidentDelivery(description: new string('x', 9_000), title: new string('t', 300))
        );

        using var json = JsonDocument.Parse(DiscordPayload.Build(n));
        var embeds = json.RootElement.GetProperty("embeds");
        Assert.InRange(embeds.GetArrayLength(), 1, 10);
        var embed = embeds[0];
        var title = embed.GetProperty("title").GetString()!;
        var description = embed.GetProperty("description").GetString()!;
        var footer = embed.GetProperty("footer").GetProperty("text").GetString()!;
        var fields = embed
            .GetProperty("fields")
            .EnumerateArray()
            .Sum(f =>
                f.GetProperty("name").GetString()!.Length
                + f.GetProperty("value").GetString()!.Length
            );
        Assert.True(title.Length <= 256);
        Assert.True(description.Length <= 4096);
        Assert.True(title.Length + description.Length + footer.Length + fields <= 6000);
        Assert.True(embed.GetProperty("fields").GetArrayLength() <= 25);
        Assert.False(
            json.RootElement.TryGetProperty("content", out var content)
                && content.GetString()!.Length > 2000
        );
        Assert.Equal(0xE74C3C, embed.GetProperty("color").GetInt32());
    }

    [Theory]
    [InlineData(NotificationEventTypes.IncidentCreated, "Major Outage", 0xE74C3C)]
    [InlineData(NotificationEventTypes.IncidentCreated, "Partial Outage", 0xE67E22)]
    [InlineData(NotificationEventTypes.IncidentCreated, "Degraded Performance", 0xF1C40F)]
    [InlineData(NotificationEventTypes.IncidentCreated, "None", 0x3498DB)]
    [InlineData(NotificationEventTypes.IncidentResolved, "Major Outage", 0x2ECC71)]
    public void Discord_ColourFollowsImpact(string type, string impact, int colour)
    {
        using var json = JsonDocument.Parse(
            DiscordPayload.Build(Notification(IncidentDelivery(type, impact: impact)))
        );

        Assert.Equal(
            colour,
            json.RootElement.GetProperty("embeds")[0].GetProperty("color").GetInt32()
        );
    }

    [Fact]
    public void Teams_IsAnAdaptiveCardAtMost14InAMessage()
    {
        using var json = JsonDocument.Parse(TeamsPayload.Build(Notification()));

        Assert.Equal("message", json.RootElement.GetProperty("type").GetString());
        var attachment = Assert.Single(
            json.RootElement.GetProperty("attachments").EnumerateArray()
        );
        Assert.Equal(
            "application/vnd.microsoft.card.adaptive",
            attachment.GetProperty("contentType").GetString()
        );
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.True(Version.Parse(card.GetProperty("version").GetString()!) <= new Version(1, 4));
        Assert.False(card.TryGetProperty("msteams", out _));
    }
}
