using System.Text.Json.Nodes;
using Incidents.Infrastructure.Notifications.Channels.Chat;

namespace Incidents.Infrastructure.Notifications.Channels.Discord;

/// <summary>
/// A Discord webhook message with one rich embed coloured by impact, within Discord's limits
/// (content 2,000; embed title 256, description 4,096, field value 1,024, footer 2,048, all embed
/// text together 6,000; at most 10 embeds) and <c>allowed_mentions: {parse: []}</c> so nothing in
/// it can ping anyone.
/// </summary>
internal static class DiscordPayload
{
    public const int ContentMax = 2000;
    public const int TitleMax = 256;
    public const int DescriptionMax = 4096;
    public const int FieldValueMax = 1024;
    public const int FooterMax = 2048;
    public const int EmbedTotalMax = 6000;

    public static int Colour(int severity) =>
        severity switch
        {
            < 0 => 0x2ECC71, // resolved, completed, operational: green
            3 => 0xE74C3C, // major outage: red
            2 => 0xE67E22, // partial outage: orange
            1 => 0xF1C40F, // degraded performance: yellow
            _ => 0x3498DB, // informational: blue
        };

    public static string Build(ChatNotification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        const ChatMarkdown.Dialect discord = ChatMarkdown.Dialect.Discord;
        var title = ChatMarkdown.Truncate(
            ChatMarkdown.Plain($"{n.Heading}: {n.Title}", discord),
            TitleMax
        );
        var footer = ChatMarkdown.Truncate(ChatMarkdown.Plain(n.PageName, discord), FooterMax);
        var fields = new JsonArray();
        var fieldChars = 0;
        void Field(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var text = ChatMarkdown.Truncate(ChatMarkdown.Plain(value, discord), FieldValueMax);
                fieldChars += name.Length + text.Length;
                fields.Add(
                    new JsonObject
                    {
                        ["name"] = name,
                        ["value"] = text,
                        ["inline"] = name != "Components",
                    }
                );
            }
        }

        Field("Status", n.Status);
        Field("Impact", n.Impact);
        Field("Components", string.Join(", ", n.Components));
        // Whatever the other parts leave of the 6,000 characters an embed may hold in total.
        var room = Math.Min(
            DescriptionMax,
            EmbedTotalMax - title.Length - footer.Length - fieldChars
        );
        var description = ChatMarkdown.Truncate(
            ChatMarkdown.Convert(n.Text, discord),
            Math.Max(1, room)
        );
        var embed = new JsonObject
        {
            ["type"] = "rich",
            ["title"] = title,
            ["url"] = n.Link,
            ["color"] = Colour(n.Severity),
            ["fields"] = fields,
            ["footer"] = new JsonObject { ["text"] = footer },
        };
        if (description.Length > 0)
        {
            embed["description"] = description;
        }

        return new JsonObject
        {
            ["embeds"] = new JsonArray { embed },
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        }.ToJsonString();
    }
}
