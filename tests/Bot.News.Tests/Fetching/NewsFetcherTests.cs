using System.Text;
using Bot.News.Fetching;
using Bot.News.Tests.Infrastructure;
using Bot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.News.Tests.Fetching;

public sealed class NewsFetcherTests : IAsyncLifetime
{
    private TestWebServer _server = null!;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        _database = await TestDatabase.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _database.DisposeAsync();
    }

    private NewsFetcher CreateSut(Dictionary<string, string?> settings) =>
        NewsServices.Build(_database, new FakeDiscordRest(), TimeProvider.System, settings).GetRequiredService<NewsFetcher>();

    private Task<FetchResult> FetchAsync(string path, Dictionary<string, string?>? settings = null, int maxBytes = 1_000_000, ConditionalHeaders? conditional = null) =>
        CreateSut(settings ?? NewsServices.AllowServer(_server)).FetchAsync(_server.Url(path), maxBytes, conditional, CancellationToken.None);

    [Fact]
    public async Task Fetch_Windows1252DeclaredInHeader_DecodesPoundSign()
    {
        _server.MapContent("/cp1252", "text/html; charset=windows-1252", Encoding.Latin1.GetBytes("<p>Price: \u00A3600m caf\u00E9</p>"));

        var result = Assert.IsType<FetchedDocument>(await FetchAsync("/cp1252"));

        Assert.Contains("\u00A3600m caf\u00E9", result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_CharsetOnlyInMetaTag_DecodesWithIt()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body>na\u00EFve \u00A3</body></html>";
        _server.MapContent("/meta", "text/html", Encoding.Latin1.GetBytes(html));

        var result = Assert.IsType<FetchedDocument>(await FetchAsync("/meta"));

        Assert.Contains("na\u00EFve \u00A3", result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_Utf8BomWithWrongHeaderCharset_TrustsTheBom()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>\u20AC5 \u00FCber</p>")).ToArray();
        _server.MapContent("/bom", "text/html; charset=windows-1252", body);

        var result = Assert.IsType<FetchedDocument>(await FetchAsync("/bom"));

        Assert.Contains("\u20AC5 \u00FCber", result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_UnknownCharsetLabel_FallsBackToUtf8()
    {
        _server.MapContent("/bogus", "text/html; charset=x-no-such-charset", Encoding.UTF8.GetBytes("<p>\u00E9t\u00E9</p>"));

        var result = Assert.IsType<FetchedDocument>(await FetchAsync("/bogus"));

        Assert.Contains("\u00E9t\u00E9", result.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_HugeStreamedBody_StopsAtTheCapAndDropsTheConnection()
    {
        var chunk = new byte[64 * 1024];
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Map("/huge", async context =>
        {
            context.RequestAborted.Register(() => aborted.TrySetResult());
            context.Response.ContentType = "text/html";
            // No Content-Length: the fetcher must count while streaming, not trust a header. 100 MiB unless stopped.
            for (var i = 0; i < 1600 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/huge", maxBytes: 256 * 1024));

        Assert.Equal(FetchErrorKind.TooLarge, result.Kind);
        // The client closed the connection instead of downloading the rest.
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Fetch_DeclaredLengthAboveCap_FailsBeforeReading()
    {
        _server.MapContent("/big", "text/html", new byte[300_000]);

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/big", maxBytes: 100_000));

        Assert.Equal(FetchErrorKind.TooLarge, result.Kind);
    }

    [Fact]
    public async Task Fetch_ServerNeverAnswers_TimesOutWithClearError()
    {
        var never = new TaskCompletionSource();
        _server.Map("/slow", async context => await never.Task.WaitAsync(context.RequestAborted));

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/slow", NewsServices.AllowServer(_server, timeoutSeconds: 0.3)));

        Assert.Equal(FetchErrorKind.Timeout, result.Kind);
        Assert.Contains("did not answer", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_IsReportedAsLoop()
    {
        _server.MapRedirect("/a", "/b");
        _server.MapRedirect("/b", "/a");

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/a"));

        Assert.Equal(FetchErrorKind.RedirectLoop, result.Kind);
    }

    [Fact]
    public async Task Fetch_RedirectChainLongerThanCap_Stops()
    {
        for (var i = 0; i < 10; i++)
        {
            _server.MapRedirect($"/hop{i}", $"/hop{i + 1}");
        }

        var settings = NewsServices.AllowServer(_server);
        settings["Bot:News:MaxRedirects"] = "3";
        var result = Assert.IsType<FetchFailed>(await FetchAsync("/hop0", settings));

        Assert.Equal(FetchErrorKind.TooManyRedirects, result.Kind);
        Assert.Equal(0, _server.Hits("/hop4"));
    }

    [Fact]
    public async Task Fetch_RedirectToAnotherLoopbackName_IsRefusedAfterResolution()
    {
        // Only 127.0.0.1:port is allow-listed; "localhost" resolves to loopback too, so the guard must refuse it.
        _server.MapText("/target", "text/html", "<p>secret</p>");
        _server.MapRedirect("/jump", $"http://localhost:{_server.BaseUrl.Port}/target");

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/jump"));

        Assert.Equal(FetchErrorKind.BlockedAddress, result.Kind);
        Assert.Equal(0, _server.Hits("/target"));
    }

    [Theory]
    [InlineData("http://10.1.2.3/admin")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    public async Task Fetch_RedirectToPrivateLiteral_IsRefusedWithoutConnecting(string location)
    {
        _server.MapRedirect("/jump", location);

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/jump"));

        Assert.Equal(FetchErrorKind.BlockedAddress, result.Kind);
    }

    [Fact]
    public async Task Fetch_LoopbackNotAllowListed_IsRefusedAndServerNeverHit()
    {
        _server.MapText("/page", "text/html", "<p>hi</p>");

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/page", []));

        Assert.Equal(FetchErrorKind.BlockedAddress, result.Kind);
        Assert.Equal(0, _server.Hits("/page"));
    }

    [Fact]
    public async Task Fetch_AllowPrivateAddresses_ReachesLoopback()
    {
        _server.MapText("/page", "text/html", "<p>hi</p>");

        var result = await FetchAsync("/page", new() { ["Bot:News:AllowPrivateAddresses"] = "true" });

        Assert.IsType<FetchedDocument>(result);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/feed")]
    public async Task Fetch_NonHttpScheme_IsInvalidUrl(string url)
    {
        var result = await CreateSut(NewsServices.AllowServer(_server)).FetchAsync(new Uri(url), 1000, null, CancellationToken.None);

        Assert.Equal(FetchErrorKind.InvalidUrl, Assert.IsType<FetchFailed>(result).Kind);
    }

    [Fact]
    public async Task Fetch_ValidatorsMatch_ReturnsNotModified()
    {
        _server.Map("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<rss/>");
        });

        var first = Assert.IsType<FetchedDocument>(await FetchAsync("/feed"));
        var second = await FetchAsync("/feed", conditional: new ConditionalHeaders(first.ETag, first.LastModified));

        Assert.Equal("\"v1\"", first.ETag);
        Assert.IsType<FetchNotModified>(second);
    }

    [Fact]
    public async Task Fetch_ImageContentType_IsUnsupported()
    {
        _server.MapContent("/img", "image/png", [1, 2, 3]);

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/img"));

        Assert.Equal(FetchErrorKind.UnsupportedContent, result.Kind);
    }

    [Fact]
    public async Task Fetch_ServerError_ReportsStatus()
    {
        _server.Map("/boom", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });

        var result = Assert.IsType<FetchFailed>(await FetchAsync("/boom"));

        Assert.Equal(FetchErrorKind.HttpStatus, result.Kind);
        Assert.Contains("503", result.Message, StringComparison.Ordinal);
    }
}
