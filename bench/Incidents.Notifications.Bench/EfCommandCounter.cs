using System.Diagnostics;

namespace Incidents.Notifications.Bench;

/// <summary>Counts the database commands EF Core executes in this process while it lives.</summary>
internal sealed class EfCommandCounter : IObserver<DiagnosticListener>, IDisposable
{
    private const string CommandExecuted =
        "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";

    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public EfCommandCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(
                    value.Subscribe(new Observer(this), name => name == CommandExecuted)
                );
            }
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    private sealed class Observer(EfCommandCounter owner) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            // A listener receives every event someone in the process enabled (the service's
            // OpenTelemetry instrumentation enables several per command), not only its own.
            if (value.Key == CommandExecuted)
            {
                Interlocked.Increment(ref owner._count);
            }
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}
