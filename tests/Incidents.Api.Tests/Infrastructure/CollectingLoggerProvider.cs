using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>Keeps every log line (with its exception) so tests can assert on what was logged.</summary>
public sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(
        LogLevel Level,
        string Category,
        string Message,
        Exception? Exception,
        EventId Event
    )> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(this, categoryName);

    public void Dispose() { }

    private sealed class CollectingLogger(CollectingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) =>
            owner.Entries.Enqueue(
                (logLevel, category, formatter(state, exception), exception, eventId)
            );
    }
}
