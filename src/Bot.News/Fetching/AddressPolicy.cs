using System.Net;
using System.Net.Sockets;

namespace Bot.News.Fetching;

/// <summary>Which IP addresses a user-supplied URL may reach: public unicast only.</summary>
public static class AddressPolicy
{
    /// <summary>False for loopback, private (RFC 1918), CGNAT, link-local, ULA, multicast, reserved and IPv4-mapped/compatible addresses.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => b[0] switch
    {
        0 or 10 or 127 => false,
        100 when b[1] is >= 64 and <= 127 => false, // 100.64.0.0/10 carrier-grade NAT
        169 when b[1] == 254 => false, // link-local, incl. cloud metadata 169.254.169.254
        172 when b[1] is >= 16 and <= 31 => false,
        192 when b[1] == 168 => false,
        192 when b[1] == 0 && b[2] is 0 or 2 => false, // IETF assignments, TEST-NET-1
        198 when b[1] is 18 or 19 => false, // benchmarking
        198 when b[1] == 51 && b[2] == 100 => false,
        203 when b[1] == 0 && b[2] == 113 => false,
        >= 224 => false, // multicast, reserved, broadcast
        _ => true,
    };

    private static bool IsPublicV6(IPAddress address)
    {
        // Mapped and compatible forms would let "::ffff:127.0.0.1" reach loopback; refuse them outright.
        if (address.IsIPv4MappedToIPv6 || IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address))
        {
            return false;
        }

        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        var firstTwelveZero = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
        if (firstTwelveZero)
        {
            return false; // ::/96, IPv4-compatible
        }

        var isDocumentation = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8;
        var isNat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b;
        return !isDocumentation && !isNat64;
    }
}
