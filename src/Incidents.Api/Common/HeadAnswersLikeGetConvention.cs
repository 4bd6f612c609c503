using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Incidents.Api.Common;

/// <summary>
/// Every GET action also answers HEAD (RFC 9110 §9.3.2: a server that supports GET should support
/// HEAD). Uptime monitors and link checkers probe status pages, feeds and badges with HEAD; MVC's
/// [HttpGet] alone would answer them 405. Kestrel sends the GET's headers (Content-Type, ETag,
/// Content-Length) and drops the body. A new GET action gets this without doing anything.
/// </summary>
internal sealed class HeadAnswersLikeGetConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        if (action.Attributes.OfType<NoHeadAttribute>().Any())
        {
            return;
        }

        foreach (var selector in action.Selectors)
        {
            var constraint = selector
                .ActionConstraints.OfType<HttpMethodActionConstraint>()
                .FirstOrDefault();
            if (
                constraint is null
                || !constraint.HttpMethods.Contains(
                    HttpMethods.Get,
                    StringComparer.OrdinalIgnoreCase
                )
                || constraint.HttpMethods.Contains(
                    HttpMethods.Head,
                    StringComparer.OrdinalIgnoreCase
                )
            )
            {
                continue;
            }

            string[] methods = [.. constraint.HttpMethods, HttpMethods.Head];
            selector.ActionConstraints.Remove(constraint);
            selector.ActionConstraints.Add(new HttpMethodActionConstraint(methods));
            // Endpoint routing matches on this metadata, not on the constraint above.
            var metadata = selector.EndpointMetadata.OfType<HttpMethodMetadata>().ToList();
            foreach (var item in metadata)
            {
                selector.EndpointMetadata.Remove(item);
            }

            selector.EndpointMetadata.Add(new HttpMethodMetadata(methods));
        }
    }
}
