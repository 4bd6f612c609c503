using Incidents.Api.Authentication;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Incidents.Api.OpenApi;

/// <summary>
/// What the document says as a whole: its title, a relative server (the same document wherever the
/// service runs, so the committed copy can be compared with the served one), the X-API-KEY scheme
/// and the error envelope every 4xx/5xx answer uses.
/// </summary>
internal sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(
        OpenApiDocument document,
        OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        document.Info = new OpenApiInfo
        {
            Title = "Incidents API",
            Version = "v1",
            Description =
                "The admin API (declare incidents, post updates, components, maintenance, subscribers; key in X-API-KEY) and the public status JSON. Every answer is the envelope {Success, Result, Message}, PascalCase.",
        };
        document.Servers = [new OpenApiServer { Url = "/" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyDefaults.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyDefaults.HeaderName,
            Description = "Your API key (see the README: how to get a key).",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ErrorResponsesConvention.ErrorSchemaName] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description =
                "The envelope of every error: Success is false, Result null, Message says why.",
            Required = new HashSet<string>(StringComparer.Ordinal)
            {
                "Success",
                "Result",
                "Message",
            },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["Success"] = new OpenApiSchema { Type = JsonSchemaType.Boolean },
                // Always null on errors; left untyped so generators give it no class of its own.
                ["Result"] = new OpenApiSchema { Description = "Always null on errors." },
                ["Message"] = new OpenApiSchema { Type = JsonSchemaType.String },
            },
        };
        return Task.CompletedTask;
    }
}
