using System.Text.Json.Nodes;
using Incidents.Infrastructure.Notifications.Channels.Chat;

namespace Incidents.Infrastructure.Notifications.Channels.Teams;

/// <summary>
/// A Teams Workflows webhook message: <c>{"type":"message","attachments":[…]}</c> with one
/// Adaptive Card 1.4 (what Teams renders from a flow): heading coloured by severity, title,
/// a FactSet of status/impact/components, the update as TextBlock Markdown, and an OpenUrl action
/// to the permalink. No <c>msteams</c> key, so the card passes the strict Adaptive Card schema.
/// </summary>
internal static class TeamsPayload
{
    public const string CardVersion = "1.4";

    /// <summary>Teams refuses messages over ~28 KB; the update text is kept well below.</summary>
    public const int TextMax = 10_000;

    public static string Build(ChatNotification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        const ChatMarkdown.Dialect teams = ChatMarkdown.Dialect.Teams;
        var facts = new JsonArray();
        void Fact(string title, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add(
                    new JsonObject
                    {
                        ["title"] = title,
                        ["value"] = ChatMarkdown.Plain(value, teams),
                    }
                );
            }
        }

        Fact("Status", n.Status);
        Fact("Impact", n.Impact);
        Fact("Components", string.Join(", ", n.Components));
        Fact("Page", n.PageName);
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = ChatMarkdown.Plain(n.Heading, teams),
                ["weight"] = "Bolder",
                ["color"] = n.Severity switch
                {
                    < 0 => "Good",
                    >= 2 => "Attention",
                    1 => "Warning",
                    _ => "Accent",
                },
                ["wrap"] = true,
            },
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = ChatMarkdown.Plain(n.Title, teams),
                ["size"] = "Large",
                ["weight"] = "Bolder",
                ["wrap"] = true,
            },
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
        };
        var text = ChatMarkdown.Convert(n.Text, teams);
        if (text.Length > 0)
        {
            body.Add(
                new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = ChatMarkdown.Truncate(text, TextMax),
                    ["wrap"] = true,
                }
            );
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = CardVersion,
            ["body"] = body,
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.OpenUrl",
                    ["title"] = "View on the status page",
                    ["url"] = n.Link,
                },
            },
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray
            {
                new JsonObject
                {
                    ["contentType"] = "application/vnd.microsoft.card.adaptive",
                    ["contentUrl"] = null,
                    ["content"] = card,
                },
            },
        }.ToJsonString();
    }
}
