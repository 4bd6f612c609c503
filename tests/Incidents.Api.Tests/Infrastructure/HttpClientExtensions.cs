using System.Net.Http.Json;
using System.Text;

namespace Incidents.Api.Tests.Infrastructure;

public static class HttpClientExtensions
{
    public static async Task<Envelope> SendJsonAsync(
        this HttpClient client,
        HttpMethod method,
        string url,
        object? body
    )
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : JsonContent.Create(body, options: new System.Text.Json.JsonSerializerOptions());
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await Envelope.ReadAsync(response);
    }

    public static Task<Envelope> PostJsonAsync(this HttpClient client, string url, object? body) =>
        client.SendJsonAsync(HttpMethod.Post, url, body);

    public static Task<Envelope> PutJsonAsync(this HttpClient client, string url, object? body) =>
        client.SendJsonAsync(HttpMethod.Put, url, body);

    public static Task<Envelope> GetEnvelopeAsync(this HttpClient client, string url) =>
        client.SendJsonAsync(HttpMethod.Get, url, null);

    public static Task<Envelope> DeleteEnvelopeAsync(this HttpClient client, string url) =>
        client.SendJsonAsync(HttpMethod.Delete, url, null);

    /// <summary>Creates a component on the client's page and returns its id.</summary>
    public static async Task<Guid> CreateComponentAsync(
        this HttpClient client,
        string name,
        string status = "Operational"
    )
    {
        var created = await client.PostJsonAsync(
            "/api/admin/Component",
            new { Name = name, Status = status }
        );
        Assert.True(created.Success, created.Raw);
        return created.Result.GetGuid();
    }

    /// <summary>Opens an incident on the client's page and returns its id.</summary>
    public static async Task<Guid> CreateIncidentAsync(
        this HttpClient client,
        string title = "Database Connectivity Issues",
        string impact = "Major Outage",
        params Guid[] components
    )
    {
        var created = await client.PostJsonAsync(
            "/api/admin/Incident",
            new
            {
                Title = title,
                Description = "We are investigating reports of database timeouts.",
                Status = "Investigating",
                Impact = impact,
                AffectedComponents = components,
                IsNotify = true,
            }
        );
        Assert.True(created.Success, created.Raw);
        return created.Result.GetGuid();
    }

    /// <summary>Subscribes a webhook to <paramref name="events"/> on the client's page and returns its id.</summary>
    public static async Task<Guid> CreateWebhookSubscriberAsync(
        this HttpClient client,
        string url,
        params string[] events
    )
    {
        var created = await client.PostJsonAsync(
            "/api/admin/Subscriber",
            new
            {
                Type = "Webhook",
                Url = url,
                Events = events,
            }
        );
        Assert.True(created.Success, created.Raw);
        return created.Result.GetProperty("Id").GetGuid();
    }
}
