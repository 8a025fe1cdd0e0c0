using System.Net;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Rest;

/// <summary>A REST client over a scripted HTTP handler on fake time.</summary>
internal sealed class RestHarness
{
    public const string Token = "rest-token";

    public RestHarness(Func<RecordedRequest, HttpResponseMessage>? respond = null, int invalidRequestBudget = InvalidRequestGuard.DefaultBudget)
    {
        Handler = new StubHttpHandler(Time, respond ?? (_ => Ok()));
        var options = Options.Create(new DiscordOptions { Token = Token, ApiBaseUrl = new Uri("http://discord.test/api/v10") });
        Sender = new RestRequestSender(new StubHttpClientFactory(Handler), options, Time, Logger, invalidRequestBudget);
        Client = new DiscordRestClient(Sender, Time);
    }

    public FakeTimeProvider Time { get; } = FakeTime.Create();
    public ListLogger<RestRequestSender> Logger { get; } = new();
    public StubHttpHandler Handler { get; }
    public RestRequestSender Sender { get; }
    public DiscordRestClient Client { get; }

    public List<RecordedRequest> Requests => [.. Handler.Requests];

    public static HttpResponseMessage Ok(params (string, string)[] headers) =>
        StubHttpHandler.Json(HttpStatusCode.OK, """{"id":"42","channel_id":"7"}""", headers);
}
