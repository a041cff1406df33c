using System.Net;
using System.Net.Sockets;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// A loopback TCP forwarder in front of a real service. <see cref="Cut"/> drops every connection and refuses new
/// ones, which is exactly what a client sees when the broker goes down; <see cref="Restore"/> brings it back.
/// It lets one test take "its" broker away without disturbing the tests running beside it.
/// </summary>
public sealed class TcpOutageProxy : IAsyncDisposable
{
    readonly IPEndPoint target;
    readonly List<TcpClient> open = [];
    TcpListener? listener;
    CancellationTokenSource? running;

    public TcpOutageProxy(string targetHost, int targetPort)
    {
        target = new IPEndPoint(IPAddress.Parse(targetHost), targetPort);
        Port = HubSettings.FreePort();
        Restore();
    }

    public int Port { get; }

    public void Restore()
    {
        running = new CancellationTokenSource();
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        _ = AcceptAsync(listener, running.Token);
    }

    public void Cut()
    {
        running?.Cancel();
        listener?.Stop();
        lock (open)
        {
            foreach (var client in open)
            {
                client.Close();
            }

            open.Clear();
        }
    }

    async Task AcceptAsync(TcpListener server, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await server.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _ = ForwardAsync(inbound, cancellationToken);
        }
    }

    async Task ForwardAsync(TcpClient inbound, CancellationToken cancellationToken)
    {
        var outbound = new TcpClient();
        lock (open)
        {
            open.Add(inbound);
            open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(target, cancellationToken);
            var a = inbound.GetStream().CopyToAsync(outbound.GetStream(), cancellationToken);
            var b = outbound.GetStream().CopyToAsync(inbound.GetStream(), cancellationToken);
            await Task.WhenAny(a, b);
        }
        catch (Exception)
        {
            // A cut or a closed peer ends the pair; the client sees a dropped connection, as intended.
        }
        finally
        {
            inbound.Close();
            outbound.Close();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
