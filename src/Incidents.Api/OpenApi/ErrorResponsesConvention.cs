using System.Globalization;
using System.Text.Json.Nodes;
using Incidents.Api.Common;
using Incidents.Api.Hardening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Incidents.Api.OpenApi;

/// <summary>
/// Documents, on every operation, the error answers its kind of route can give, each with the
/// envelope schema and the exact messages as examples: 400 for input, 401/403 for keyed routes,
/// 404, 409/422 for Idempotency-Key reuse, 413/415 for bodies, 429 and 503 with Retry-After, 500.
/// It also declares the X-API-KEY requirement and the Idempotency-Key header where they apply. A
/// new action gets all of this from what it is (method, route, body, [Authorize]); an
/// <see cref="ErrorResponseAttribute"/> adds the messages only the use case knows.
/// </summary>
internal sealed class ErrorResponsesConvention : IOpenApiOperationTransformer
{
    public const string ErrorSchemaName = "ApiErrorResponse";

    public Task TransformAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var path = "/" + (description.RelativePath ?? string.Empty);
        var method = description.HttpMethod ?? HttpMethods.Get;
        var isKeyed =
            metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var isAdmin = path.StartsWith("/api/admin", StringComparison.OrdinalIgnoreCase);
        var isMutating = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        var body = description.ParameterDescriptions.FirstOrDefault(p =>
            p.Source == BindingSource.Body || p.Source == BindingSource.Form
        );
        // A string in the query cannot be malformed; a number can. Path values have route
        // constraints ({id:guid}): a malformed one matches no route, which is a 404.
        var typedQuery = description
            .ParameterDescriptions.Where(p =>
                p.Source == BindingSource.Query
                && (Nullable.GetUnderlyingType(p.Type) ?? p.Type) != typeof(string)
            )
            .Select(p => p.Name)
            .ToList();
        var pathNames = description
            .ParameterDescriptions.Where(p => p.Source == BindingSource.Path)
            .Select(p => p.Name)
            .ToList();

        var errors = new SortedDictionary<int, List<string>>();
        void Add(int status, params string[] messages)
        {
            if (!errors.TryGetValue(status, out var list))
            {
                errors[status] = list = [];
            }

            list.AddRange(messages.Where(m => !list.Contains(m)));
        }

        foreach (var specific in metadata.OfType<ErrorResponseAttribute>())
        {
            Add(specific.StatusCode, [.. specific.Messages]);
        }

        if (body is not null && body.Source == BindingSource.Body)
        {
            Add(
                StatusCodes.Status400BadRequest,
                "The request body is not valid JSON.",
                "A JSON request body is required."
            );
            Add(
                StatusCodes.Status415UnsupportedMediaType,
                "Content-Type must be application/json."
            );
        }

        if (body is not null)
        {
            Add(StatusCodes.Status413PayloadTooLarge, RequestBodyLimit.TooLargeMessage);
        }

        foreach (var name in typedQuery)
        {
            Add(StatusCodes.Status400BadRequest, $"The value of '{name}' is not valid.");
        }

        if (pathNames.Count > 0 && !errors.ContainsKey(StatusCodes.Status404NotFound))
        {
            Add(
                StatusCodes.Status404NotFound,
                pathNames.Any(IsPageSlug) ? "Status page not found." : "Resource not found."
            );
        }

        if (isKeyed)
        {
            Add(StatusCodes.Status401Unauthorized, ApiError.InvalidApiKeyMessage);
            Add(StatusCodes.Status403Forbidden, ApiError.ForbiddenMessage);
        }

        if (isAdmin && isMutating)
        {
            Add(StatusCodes.Status400BadRequest, IdempotencyMiddleware.InvalidKeyMessage);
            Add(StatusCodes.Status409Conflict, IdempotencyMiddleware.InFlightMessage);
            Add(StatusCodes.Status422UnprocessableEntity, IdempotencyMiddleware.MismatchMessage);
            operation.Parameters ??= [];
            operation.Parameters.Add(
                new OpenApiParameter
                {
                    Name = IdempotencyMiddleware.HeaderName,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description =
                        "Makes a retry safe: the first successful answer is stored for this key and replayed (with Idempotent-Replayed: true) for the same request; another request under the key is 422, a repeat while the first runs is 409.",
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        MinLength = 1,
                        MaxLength = IdempotencyOptionsMaxKeyLength,
                    },
                }
            );
        }

        // Public reads are not rate limited (served from the snapshot); everything else is.
        if (isAdmin || isMutating)
        {
            Add(StatusCodes.Status429TooManyRequests, ApiRateLimiting.TooManyRequestsMessage(12));
        }

        Add(StatusCodes.Status500InternalServerError, ApiError.UnexpectedMessage);
        Add(StatusCodes.Status503ServiceUnavailable, ApiError.UnavailableMessage);

        operation.Responses ??= [];
        foreach (var (status, messages) in errors)
        {
            operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = ErrorResponse(
                status,
                messages,
                context.Document
            );
        }

        // Public operations say so explicitly (no key), keyed ones name the X-API-KEY scheme.
        operation.Security = [];
        if (isKeyed && context.Document is not null)
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement
                {
                    [
                        new OpenApiSecuritySchemeReference(
                            Authentication.ApiKeyDefaults.Scheme,
                            context.Document
                        )
                    ] = [],
                },
            ];
        }

        return Task.CompletedTask;
    }

    private const int IdempotencyOptionsMaxKeyLength = Application
        .Common
        .Idempotency
        .IdempotencyOptions
        .MaxKeyLength;

    private static bool IsPageSlug(string name) => name is "slug" or "pageSlug";

    private static OpenApiResponse ErrorResponse(
        int status,
        List<string> messages,
        OpenApiDocument? document
    )
    {
        var media = new OpenApiMediaType
        {
            Schema = new OpenApiSchemaReference(ErrorSchemaName, document),
            Examples = new Dictionary<string, IOpenApiExample>(StringComparer.Ordinal),
        };
        for (var i = 0; i < messages.Count; i++)
        {
            media.Examples[ExampleName(messages[i], i)] = new OpenApiExample
            {
                Summary = messages[i],
                Value = new JsonObject
                {
                    ["Success"] = false,
                    ["Result"] = null,
                    ["Message"] = messages[i],
                },
            };
        }

        var response = new OpenApiResponse
        {
            Description = ReasonPhrases(status),
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/json"] = media,
            },
        };
        if (
            status
            is StatusCodes.Status429TooManyRequests
                or StatusCodes.Status503ServiceUnavailable
        )
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                },
            };
        }

        return response;
    }

    private static string ReasonPhrases(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)
            is { Length: > 0 } phrase
            ? phrase
            : status.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Title is required." → "TitleIsRequired" (example names must be unique keys).</summary>
    private static string ExampleName(string message, int index)
    {
        var words = message
            .Split([' ', '.', ',', '\'', '(', ')', ':', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Take(6)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var name = string.Concat(words);
        return name.Length > 0 ? name : "Error" + index.ToString(CultureInfo.InvariantCulture);
    }
}
