namespace Incidents.Api.PublicStatus.Compression;

/// <summary>One stored representation of an answer: its bytes and its own strong ETag.</summary>
public sealed record EncodedBody(byte[] Body, string ETag);
