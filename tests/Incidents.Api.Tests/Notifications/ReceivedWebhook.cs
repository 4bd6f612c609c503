using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Incidents.Api.Tests.Notifications;

public sealed record ReceivedWebhook(
    string Path,
    IHeaderDictionary Headers,
    string Body,
    DateTimeOffset At
)
{
    public string Id => Headers["webhook-id"].ToString();

    public string Type => Json.GetProperty("type").GetString()!;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
