using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Incidents.Api.OpenApi;

/// <summary>
/// Names every operation after its use case so that generated clients read like the API:
/// <c>[EndpointName("RotateSubscriberSecret")]</c> when the action says it, otherwise
/// verb + controller for the usual verbs (<c>Create</c> on IncidentController is
/// <c>CreateIncident</c>, <c>List</c> is <c>ListIncidents</c>). An action with another name and
/// no [EndpointName] gets no operationId, which OpenApiContractTests reports.
/// </summary>
internal sealed class UseCaseOperationIds : IOpenApiOperationTransformer
{
    private static readonly HashSet<string> ConventionalVerbs = new(StringComparer.Ordinal)
    {
        "Create",
        "Update",
        "Delete",
        "Get",
        "List",
        "Resolve",
        "Cancel",
        "Revoke",
        "Retry",
    };

    public Task TransformAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        var action = context.Description.ActionDescriptor;
        var named = action.EndpointMetadata.OfType<IEndpointNameMetadata>().LastOrDefault();
        if (named is not null)
        {
            operation.OperationId = named.EndpointName;
        }
        else if (
            operation.OperationId is null
            && action is ControllerActionDescriptor controller
            && ConventionalVerbs.Contains(controller.ActionName)
        )
        {
            operation.OperationId =
                controller.ActionName
                + (
                    controller.ActionName == "List"
                        ? Plural(controller.ControllerName)
                        : controller.ControllerName
                );
        }

        if (operation.OperationId is not null)
        {
            SeedExamples.Apply(operation.OperationId, operation);
        }

        return Task.CompletedTask;
    }

    private static string Plural(string noun) =>
        noun.EndsWith('s') ? noun + "es"
        : noun.EndsWith('y') && !"aeiou".Contains(noun[^2], StringComparison.Ordinal)
            ? noun[..^1] + "ies"
        : noun + "s";
}
