using System.Net;
using System.Net.Sockets;

namespace Bot.News.Fetching;

/// <summary>
/// The socket handler for news fetches. Its connect callback resolves the host itself and connects only to
/// addresses the <see cref="UrlGuard"/> permits, so DNS rebinding and redirects cannot reach a private address.
/// </summary>
public static class GuardedHttpHandler
{
    public static SocketsHttpHandler Create(UrlGuard guard)
    {
        ArgumentNullException.ThrowIfNull(guard);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false, // the fetcher follows redirects itself, checking each hop
            UseProxy = false, // a proxy would connect on our behalf and bypass the address check
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(guard, context.DnsEndPoint, cancellationToken),
        };
    }

    private static async ValueTask<Stream> ConnectAsync(UrlGuard guard, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var addresses = await guard.ResolveAsync(endPoint.Host, endPoint.Port, cancellationToken).ConfigureAwait(false);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
