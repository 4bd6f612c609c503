using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Incidents.Api.Common;

/// <summary>Writes error envelopes: <c>{"Success": false, "Result": null, "Message": ...}</c>.</summary>
public static class ApiError
{
    public const string UnexpectedMessage = "An unexpected error occurred.";
    public const string InvalidApiKeyMessage = "Invalid or missing API key.";
    public const string UnavailableMessage = "Service temporarily unavailable.";
    public const string ForbiddenMessage = "This API key is not allowed to perform this action.";

    public static ApiResponse<object> Envelope(string message) => new(false, null, message);

    public static async Task WriteAsync(HttpContext context, int statusCode, string message)
    {
        context.Response.StatusCode = statusCode;
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value;
        await context.Response.WriteAsJsonAsync(
            Envelope(message),
            options.SerializerOptions,
            contentType: "application/json; charset=utf-8",
            cancellationToken: context.RequestAborted
        );
    }

    /// <summary>Shared by MVC and minimal endpoints so both write the same JSON.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = null;
        options.DictionaryKeyPolicy = null;
        options.PropertyNameCaseInsensitive = true;
    }
}
