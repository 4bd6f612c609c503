namespace Incidents.Api.OperatorConsole.Models;

/// <summary>One registered passkey; <paramref name="Id"/> is its credential id, base64url.</summary>
public sealed record PasskeyItem(string Id, string Name, DateTimeOffset CreatedAt);
