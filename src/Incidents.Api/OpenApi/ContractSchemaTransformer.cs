using System.Reflection;
using System.Text.Json.Nodes;
using Incidents.Application.Common.Vocabulary;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Incidents.Api.OpenApi;

/// <summary>
/// Makes the schemas say what the server does: strings are strings (the NUL-refusing converter
/// hides their type from the schema exporter), integers are integers (the lenient number reading
/// is tolerance, not contract), request models require only the fields marked
/// <see cref="ContractRequiredAttribute"/>, and vocabulary fields list their words.
/// </summary>
internal sealed class ContractSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string RequestModelsNamespace = "Incidents.Api.Models";

    private static readonly NullabilityInfoContext Nullability = new();

    public Task TransformAsync(
        OpenApiSchema schema,
        OpenApiSchemaTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) && schema.Type is null)
        {
            schema.Type = IsNullable(context.JsonPropertyInfo?.AttributeProvider)
                ? JsonSchemaType.String | JsonSchemaType.Null
                : JsonSchemaType.String;
        }

        if (
            schema.Type is { } numberType
            && numberType.HasFlag(JsonSchemaType.String)
            && (
                numberType.HasFlag(JsonSchemaType.Integer)
                || numberType.HasFlag(JsonSchemaType.Number)
            )
            && underlying.IsPrimitive
        )
        {
            schema.Type = numberType & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        if (context.JsonPropertyInfo is { } property)
        {
            var vocabulary = FindAttribute<VocabularyAttribute>(
                property.DeclaringType,
                property.AttributeProvider
            );
            if (vocabulary is not null)
            {
                var words = AllowedValues(vocabulary.EnumType);
                schema.Examples = [.. words.Select(w => (JsonNode)JsonValue.Create(w))];
                schema.Description =
                    $"One of: {string.Join(", ", words)} (case-insensitive; spaces, hyphens and underscores are ignored).";
            }
        }
        else if (
            type.Namespace?.StartsWith(RequestModelsNamespace, StringComparison.Ordinal) == true
            && schema.Properties is { Count: > 0 }
        )
        {
            schema.Required = new HashSet<string>(
                schema.Properties.Keys.Where(name =>
                    FindAttribute<ContractRequiredAttribute>(type, type.GetProperty(name))
                        is not null
                ),
                StringComparer.Ordinal
            );
        }

        return Task.CompletedTask;
    }

    /// <summary>"Investigating, Identified, …" as the seed writes them.</summary>
    private static string[] AllowedValues(Type enumType)
    {
        var allowed = typeof(Vocabulary<>)
            .MakeGenericType(enumType)
            .GetProperty(nameof(Vocabulary<DayOfWeek>.AllowedValues))!
            .GetValue(null)!;
        return ((string)allowed).Split(", ");
    }

    private static bool IsNullable(ICustomAttributeProvider? member) =>
        member is PropertyInfo property
        && Nullability.Create(property).ReadState == NullabilityState.Nullable;

    /// <summary>On the property, or on the positional record parameter that declares it.</summary>
    private static T? FindAttribute<T>(Type declaringType, ICustomAttributeProvider? member)
        where T : Attribute
    {
        if (member is not PropertyInfo property)
        {
            return null;
        }

        return property.GetCustomAttribute<T>()
            ?? declaringType
                .GetConstructors()
                .SelectMany(c => c.GetParameters())
                .Where(p => string.Equals(p.Name, property.Name, StringComparison.Ordinal))
                .Select(p => p.GetCustomAttribute<T>())
                .FirstOrDefault(a => a is not null);
    }
}
