using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hub.CaseStore.Persistence;

/// <summary>
/// SQLite has one writer per file, and when a second connection finds the file locked, Microsoft.Data.Sqlite blocks
/// its thread in 150 ms sleeps until the lock frees. Under concurrent requests that turns a millisecond of work into
/// seconds and starves the thread pool. This gate makes the writers of one process queue for the file in order,
/// asynchronously, instead: a transaction holds it from BEGIN to COMMIT or ROLLBACK, and a write statement outside a
/// transaction for as long as it runs. Readers never wait (WAL). Other processes on the same file still get the
/// driver's busy retries. The context configuration may register this interceptor more than once, so entering is
/// idempotent per context and per command.
/// </summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    static readonly ConcurrentDictionary<string, SqliteWriteGate> Gates = new(StringComparer.Ordinal);
    static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(60);

    readonly WriterTurns writer = new();
    readonly ConditionalWeakTable<DbContext, object> transactionHolders = [];
    readonly ConditionalWeakTable<DbCommand, object> statementHolders = [];

    SqliteWriteGate()
    {
    }

    /// <summary>One gate per database file, shared by every context of this process that opens it.</summary>
    public static SqliteWriteGate For(string dataSource) => Gates.GetOrAdd(Path.GetFullPath(dataSource), _ => new SqliteWriteGate());

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is { } context && !transactionHolders.TryGetValue(context, out _))
        {
            Enter();
            transactionHolders.Add(context, this);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && !transactionHolders.TryGetValue(context, out _))
        {
            await EnterAsync(cancellationToken);
            transactionHolders.Add(context, this);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => LeaveTransaction(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => LeaveTransaction(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => LeaveTransaction(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback raises no transaction event; its connection closing does.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => LeaveTransaction(eventData.Context);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        LeaveTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterLoneWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterLoneWriteAsync(command, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        LeaveStatement(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterLoneWrite(command);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterLoneWriteAsync(command, cancellationToken);
        return result;
    }

    // A write with RETURNING stays in its implicit transaction until the reader is done with it.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        LeaveStatement(command);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => LeaveStatement(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => LeaveStatement(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        LeaveStatement(command);
        return Task.CompletedTask;
    }

    void EnterLoneWrite(DbCommand command)
    {
        if (IsLoneWrite(command) && !statementHolders.TryGetValue(command, out _))
        {
            Enter();
            statementHolders.Add(command, this);
        }
    }

    async Task EnterLoneWriteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (IsLoneWrite(command) && !statementHolders.TryGetValue(command, out _))
        {
            await EnterAsync(cancellationToken);
            statementHolders.Add(command, this);
        }
    }

    static bool IsLoneWrite(DbCommand command)
    {
        if (command.Transaction is not null)
        {
            return false;
        }

        var text = command.CommandText.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Gives this async flow's writes (an acceptance batch a reporter waits on) the next turn.</summary>
    public static void MarkUrgent() => WriterTurns.MarkUrgent();

    // EF's synchronous paths are rare here (migrations, tools); they block on the same turns.
    void Enter() => writer.EnterAsync(WriterTurns.IsUrgentFlow, LongestWait, CancellationToken.None).GetAwaiter().GetResult();

    Task EnterAsync(CancellationToken cancellationToken) => writer.EnterAsync(WriterTurns.IsUrgentFlow, LongestWait, cancellationToken);

    void LeaveTransaction(DbContext? context)
    {
        if (context is not null && transactionHolders.Remove(context))
        {
            writer.Leave();
        }
    }

    void LeaveStatement(DbCommand command)
    {
        if (statementHolders.Remove(command))
        {
            writer.Leave();
        }
    }
}
