namespace Incidents.Api.OperatorConsole;

/// <summary>Identity refused a user change (duplicate email, weak password…); the message is Identity's, for the user.</summary>
public sealed class ConsoleUserException(string message) : Exception(message);
