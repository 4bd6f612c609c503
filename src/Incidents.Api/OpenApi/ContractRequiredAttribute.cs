namespace Incidents.Api.OpenApi;

/// <summary>
/// Marks a request-model field that the server refuses to go without, so the OpenAPI document lists
/// it as <c>required</c>. Every other field of a request model is optional in the document: the
/// models are nullable records so that a missing field gets the seed's message, not a binding error.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class ContractRequiredAttribute : Attribute;
