using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bot.Sandbox.Tests.Support;

/// <summary>An HttpClient pointed at the sandbox's REST base with the bot token.</summary>
internal static class SandboxHttp
{
    public static HttpClient Create(SandboxServer server, bool authorize = true)
    {
        var client = new HttpClient { BaseAddress = server.ApiBaseUrl };
        if (authorize)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", server.BotToken);
        }

        return client;
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, JsonNode? body)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
