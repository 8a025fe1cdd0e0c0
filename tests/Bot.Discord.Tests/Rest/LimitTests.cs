using Bot.Discord.Abstractions;
using Bot.Discord.Tests.Support;

namespace Bot.Discord.Tests.Rest;

public sealed class LimitTests
{
    private static readonly ChannelId Channel = new(7);

    public static TheoryData<string, OutgoingMessage> TooLarge() => new()
    {
        { "content", new OutgoingMessage { Content = new string('x', 2001) } },
        { "empty", new OutgoingMessage() },
        { "embeds", new OutgoingMessage { Embeds = [.. Enumerable.Repeat(new Embed { Title = "t" }, 11)] } },
        { "title", Single(new Embed { Title = new string('x', 257) }) },
        { "description", Single(new Embed { Description = new string('x', 4097) }) },
        { "fields", Single(new Embed { Fields = [.. Enumerable.Repeat(new EmbedField("n", "v"), 26)] }) },
        { "field name", Single(new Embed { Fields = [new EmbedField(new string('x', 257), "v")] }) },
        { "field value", Single(new Embed { Fields = [new EmbedField("n", new string('x', 1025))] }) },
        { "footer", Single(new Embed { FooterText = new string('x', 2049) }) },
        { "author", Single(new Embed { AuthorName = new string('x', 257) }) },
        { "total", new OutgoingMessage { Embeds = [new Embed { Description = new string('x', 4000) }, new Embed { Description = new string('x', 2001) }] } },
        { "buttons", new OutgoingMessage { Content = "c", Components = [new ActionRow([.. Enumerable.Repeat(new Button(ButtonStyle.Primary, "b", "id"), 6)])] } },
    };

    [Theory]
    [MemberData(nameof(TooLarge))]
    public async Task OverLimitMessage_IsInvalidAndNeverSent(string limit, OutgoingMessage message)
    {
        var harness = new RestHarness();
        var result = await harness.Client.SendMessageAsync(Channel, message);
        Assert.Equal(DiscordErrorKind.Invalid, result.Error!.Kind);
        Assert.False(string.IsNullOrWhiteSpace(limit));
        Assert.Empty(harness.Requests);
    }

    [Fact]
    public async Task AtLimitMessage_IsSent()
    {
        var harness = new RestHarness();
        var embed = new Embed
        {
            Title = new string('t', 256),
            Description = new string('d', 4096),
            FooterText = new string('f', 1000),
            AuthorName = new string('a', 256),
            Fields = [new EmbedField(new string('n', 100), new string('v', 292))],
        };
        var result = await harness.Client.SendMessageAsync(Channel, new OutgoingMessage { Content = new string('c', 2000), Embeds = [embed] });
        Assert.True(result.IsSuccess);
        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task BulkDelete_ChecksCountDuplicatesAndAge()
    {
        var harness = new RestHarness(_ => StubHttpHandler.NoContent());
        var fresh = new MessageId(Snowflake.FromTime(harness.Time.GetUtcNow().AddDays(-1)));
        var fresher = new MessageId(fresh.Value + 1);
        var old = new MessageId(Snowflake.FromTime(harness.Time.GetUtcNow().AddDays(-15)));

        Assert.Equal(DiscordErrorKind.Invalid, (await harness.Client.BulkDeleteMessagesAsync(Channel, [fresh], null)).Error!.Kind);
        Assert.Equal(DiscordErrorKind.Invalid, (await harness.Client.BulkDeleteMessagesAsync(Channel, [fresh, fresh], null)).Error!.Kind);
        Assert.Equal(DiscordErrorKind.Invalid, (await harness.Client.BulkDeleteMessagesAsync(Channel, [fresh, old], null)).Error!.Kind);
        Assert.Empty(harness.Requests);

        Assert.True((await harness.Client.BulkDeleteMessagesAsync(Channel, [fresh, fresher], "cleanup")).IsSuccess);
        Assert.Equal($$"""{"messages":["{{fresh}}","{{fresher}}"]}""", harness.Requests[0].Body);
        Assert.Equal("cleanup", harness.Requests[0].Headers["X-Audit-Log-Reason"]);
    }

    [Fact]
    public async Task Timeout_BeyondTwentyEightDaysOrInThePast_IsInvalid()
    {
        var harness = new RestHarness();
        var now = harness.Time.GetUtcNow();
        Assert.Equal(DiscordErrorKind.Invalid, (await harness.Client.TimeoutMemberAsync(new GuildId(1), new UserId(2), now.AddDays(29), null)).Error!.Kind);
        Assert.Equal(DiscordErrorKind.Invalid, (await harness.Client.TimeoutMemberAsync(new GuildId(1), new UserId(2), now.AddMinutes(-1), null)).Error!.Kind);
        Assert.Equal(DiscordErrorKind.Invalid, (await harness.Client.SetSlowmodeAsync(Channel, 21601, null)).Error!.Kind);
        Assert.Equal(DiscordErrorKind.Invalid, (await harness.Client.GetRecentMessagesAsync(Channel, 101)).Error!.Kind);
        Assert.Empty(harness.Requests);
    }

    private static OutgoingMessage Single(Embed embed) => new() { Embeds = [embed] };
}
