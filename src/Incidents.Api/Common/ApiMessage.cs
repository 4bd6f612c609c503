namespace Incidents.Api.Common;

/// <summary>
/// The envelope without a Result, exactly as the seed shows the success of an update or a
/// resolution: <c>{"Success": true, "Message": "Incident updated successfully"}</c>.
/// </summary>
public sealed record ApiMessage(bool Success, string Message);
