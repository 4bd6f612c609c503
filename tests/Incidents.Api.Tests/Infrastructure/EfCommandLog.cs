using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>The SQL the service executes, from EF Core's command log.</summary>
public sealed class EfCommandLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyCollection<string> All => _commands;

    public void Clear() => _commands.Clear();

    public List<string> Reads(string table) =>
        _commands
            .Where(c =>
                c.Contains("SELECT", StringComparison.OrdinalIgnoreCase)
                && c.Contains($"\"{table}\"", StringComparison.Ordinal)
            )
            .ToList();

    public ILogger CreateLogger(string categoryName) =>
        categoryName == DbLoggerCategory.Database.Command.Name ? new Logger(this) : NullLogger;

    public void Dispose() { }

    private static readonly ILogger NullLogger = Microsoft
        .Extensions
        .Logging
        .Abstractions
        .NullLogger
        .Instance;

    private sealed class Logger(EfCommandLog owner) : ILogger
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
        ) => owner._commands.Enqueue(formatter(state, exception));
    }
}
