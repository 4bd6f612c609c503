namespace Incidents.Api.OpenApi;

/// <summary>The OpenAPI document at /openapi/v1.json, committed as docs/openapi/v1.json.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddIncidentsOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            // HEAD answers like GET on every GET route (HeadAnswersLikeGetConvention); as separate
            // operations it only doubled every read in generated clients.
            o.ShouldInclude = d =>
                !HttpMethods.IsHead(d.HttpMethod ?? string.Empty)
                && (d.GroupName is null || d.GroupName == o.DocumentName);
            o.AddDocumentTransformer<ContractDocumentTransformer>();
            o.AddSchemaTransformer<ContractSchemaTransformer>();
            o.AddOperationTransformer<UseCaseOperationIds>();
            o.AddOperationTransformer<ErrorResponsesConvention>();
        });
}
