namespace Bot.News.Fetching;

/// <summary>Thrown inside the connect callback when a host resolves only to refused addresses; the fetcher turns it into a <see cref="FetchFailed"/>.</summary>
public sealed class BlockedAddressException : Exception
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
