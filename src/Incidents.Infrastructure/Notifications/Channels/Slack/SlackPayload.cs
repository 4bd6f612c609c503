using System.Text.Json.Nodes;
using Incidents.Infrastructure.Notifications.Channels.Chat;

namespace Incidents.Infrastructure.Notifications.Channels.Slack;

/// <summary>
/// A Block Kit message for an incoming webhook: a header, the status/impact/components as
/// fields, the update as mrkdwn, a button to the permalink, and <c>text</c> as the notification
/// fallback. Within Block Kit's limits: header 150 characters, section text 3,000, fields 2,000
/// each and at most 10.
/// </summary>
internal static class SlackPayload
{
    public const int HeaderMax = 150;
    public const int SectionTextMax = 3000;
    public const int FieldMax = 2000;

    public static string Build(ChatNotification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        const ChatMarkdown.Dialect slack = ChatMarkdown.Dialect.Slack;
        var header = ChatMarkdown.Truncate(
            ChatMarkdown.NoMentions($"{n.Heading}: {n.Title}"),
            HeaderMax
        );
        var fields = new JsonArray();
        void Field(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                fields.Add(
                    new JsonObject
                    {
                        ["type"] = "mrkdwn",
                        ["text"] = ChatMarkdown.Truncate(
                            $"*{name}*\n{ChatMarkdown.Plain(value, slack)}",
                            FieldMax
                        ),
                    }
                );
            }
        }

        Field("Status", n.Status);
        Field("Impact", n.Impact);
        Field("Components", string.Join(", ", n.Components));
        Field("Page", n.PageName);
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "header",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = header },
            },
            new JsonObject { ["type"] = "section", ["fields"] = fields },
        };
        var text = ChatMarkdown.Convert(n.Text, slack);
        if (text.Length > 0)
        {
            blocks.Add(
                new JsonObject
                {
                    ["type"] = "section",
                    ["text"] = new JsonObject
                    {
                        ["type"] = "mrkdwn",
                        ["text"] = ChatMarkdown.Truncate(text, SectionTextMax),
                    },
                }
            );
        }

        blocks.Add(
            new JsonObject
            {
                ["type"] = "actions",
                ["elements"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["type"] = "button",
                        ["text"] = new JsonObject
                        {
                            ["type"] = "plain_text",
                            ["text"] = "View on the status page",
                        },
                        ["url"] = n.Link,
                    },
                },
            }
        );
        var payload = new JsonObject
        {
            ["text"] = ChatMarkdown.Truncate(
                ChatMarkdown.Plain(
                    $"{n.Heading}: {n.Title}" + (n.Status is null ? "" : $" ({n.Status})"),
                    slack
                ),
                SectionTextMax
            ),
            ["blocks"] = blocks,
            ["unfurl_links"] = false,
            ["unfurl_media"] = false,
        };
        return payload.ToJsonString();
    }
}
