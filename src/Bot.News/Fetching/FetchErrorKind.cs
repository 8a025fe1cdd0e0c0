namespace Bot.News.Fetching;

/// <summary>The ways a fetch fails without throwing.</summary>
public enum FetchErrorKind
{
    InvalidUrl,
    BlockedAddress,
    Timeout,
    TooLarge,
    TooManyRedirects,
    RedirectLoop,
    HttpStatus,
    Network,
    UnsupportedContent,
}
