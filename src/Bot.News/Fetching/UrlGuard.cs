using System.Net;
using Microsoft.Extensions.Options;

namespace Bot.News.Fetching;

/// <summary>
/// Checks user-supplied URLs before and while they are fetched: http(s) only, and a host must resolve to a public
/// address unless it is allow-listed (<see cref="NewsOptions.AllowedPrivateHosts"/>) or the guard is off.
/// </summary>
public sealed class UrlGuard(IOptions<NewsOptions> options)
{
    private readonly NewsOptions _options = options.Value;

    /// <summary>Checks what can be checked without DNS: absolute, http or https, with a host; a literal IP must be public.</summary>
    public FetchFailed? Check(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return new FetchFailed(FetchErrorKind.InvalidUrl, $"only http and https links can be fetched, not '{Describe(url)}'");
        }

        if (string.IsNullOrEmpty(url.Host))
        {
            return new FetchFailed(FetchErrorKind.InvalidUrl, "the link has no host");
        }

        if (IPAddress.TryParse(url.IdnHost, out var literal) && !IsPermitted(url.IdnHost, url.Port, literal))
        {
            return new FetchFailed(FetchErrorKind.BlockedAddress, $"{url.Host} is a private or local address");
        }

        return null;
    }

    /// <summary>Resolves <paramref name="host"/> and returns only the addresses it may connect to; throws <see cref="BlockedAddressException"/> when none.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        // Every address must pass: a name that resolves to one public and one private address could be steered to the private one.
        var refused = addresses.Where(a => !IsPermitted(host, port, a)).ToList();
        if (addresses.Length == 0 || refused.Count > 0)
        {
            throw new BlockedAddressException($"{host} resolves to a private or local address");
        }

        return addresses;
    }

    private bool IsPermitted(string host, int port, IPAddress address) =>
        _options.AllowPrivateAddresses || AddressPolicy.IsPublic(address) || IsAllowListed(host, port);

    private bool IsAllowListed(string host, int port)
    {
        var hostPort = host + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _options.AllowedPrivateHosts.Any(entry =>
            string.Equals(entry, host, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(entry, hostPort, StringComparison.OrdinalIgnoreCase));
    }

    private static string Describe(Uri url) => url.IsAbsoluteUri ? url.Scheme + ":" : url.OriginalString;
}
