using Bot.News.Extraction;
using Bot.News.Feeds;
using Bot.News.Tests.Infrastructure;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.News.Tests.Extraction;

public sealed class ArticleLoaderTests : IAsyncLifetime
{
    internal const string ArticleHtml = """
        <!DOCTYPE html>
        <html><head>
          <title>Council approves bus budget | City News</title>
          <meta property="og:title" content="Council approves bus budget">
          <meta property="og:image" content="/images/bus.jpg">
          <meta property="og:site_name" content="City News">
          <meta property="article:published_time" content="2025-01-24T09:00:00Z">
        </head><body>
          <nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
          <article>
            <h1>Council approves bus budget</h1>
            <p>The city council approved a new budget for public transport on Monday, adding forty electric buses to the fleet by next year.</p>
            <p>Council members said the electric buses would cut pollution in the city centre and lower running costs over the next decade.</p>
            <p>Some residents said the money should have gone to road repairs, and a petition against the plan has gathered two thousand names.</p>
            <p>Transport officials expect the new buses to carry thousands of extra passengers each day once the new routes open in the spring.</p>
          </article>
          <footer>Copyright City News</footer>
        </body></html>
        """;

    private TestWebServer _server = null!;
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        _database = await TestDatabase.CreateAsync();
        _services = NewsServices.Build(_database, new FakeDiscordRest(), TimeProvider.System, NewsServices.AllowServer(_server));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Load_ArticlePage_ExtractsTitleTextImageAndTime()
    {
        _server.MapText("/story", "text/html; charset=utf-8", ArticleHtml);

        var loaded = Assert.IsType<ArticleLoaded>(await _services.GetRequiredService<ArticleLoader>().LoadAsync(_server.Url("/story"), null, CancellationToken.None));

        Assert.Equal("Council approves bus budget", loaded.Article.Title);
        Assert.Contains("forty electric buses", loaded.Article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", loaded.Article.Text, StringComparison.Ordinal);
        Assert.Equal(_server.Url("/images/bus.jpg"), loaded.Article.ImageUrl);
        Assert.Equal(new DateTimeOffset(2025, 1, 24, 9, 0, 0, TimeSpan.Zero), loaded.Article.Published);
    }

    [Fact]
    public async Task Load_UnreadablePage_FallsBackToFeedDescription()
    {
        _server.MapText("/thin", "text/html", "<html><body><p>Subscribe to read.</p></body></html>");
        var item = new FeedItem("g", _server.Url("/thin"), "Feed title", "The feed's own description of the story.", null, null, "Feed");

        var loaded = Assert.IsType<ArticleLoaded>(await _services.GetRequiredService<ArticleLoader>().LoadAsync(_server.Url("/thin"), item, CancellationToken.None));

        Assert.Equal("Feed title", loaded.Article.Title);
        Assert.Equal("The feed's own description of the story.", loaded.Article.Text);
    }

    [Fact]
    public async Task Load_UnreachableWithoutFallback_GivesTheFetchReason()
    {
        var failed = Assert.IsType<ArticleLoadFailed>(await _services.GetRequiredService<ArticleLoader>().LoadAsync(new Uri("http://10.0.0.1/x"), null, CancellationToken.None));

        Assert.Contains("private", failed.Reason, StringComparison.Ordinal);
    }
}
