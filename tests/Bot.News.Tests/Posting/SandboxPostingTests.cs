using Bot.Discord.Abstractions;
using Bot.News.Extraction;
using Bot.News.Posting;
using Bot.News.Tests.Infrastructure;
using Bot.News.Summaries;
using Bot.Sandbox;
using Bot.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.News.Tests.Posting;

/// <summary>Posting through the real Discord REST client against the local sandbox.</summary>
public sealed class SandboxPostingTests : IAsyncLifetime
{
    private SandboxServer _sandbox = null!;
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { StrictOpenApi = true });
        _database = await TestDatabase.CreateAsync();
        _services = SandboxNewsServices.Build(_sandbox, _database);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Post_ThroughSandbox_CreatesEmbedAndDiscussionThread()
    {
        var owner = _sandbox.CreateUser("owner");
        var guild = _sandbox.CreateGuild("News", owner.Id);
        var channel = _sandbox.CreateTextChannel(guild.Id, "world-news");
        var seed = Assert.IsType<SeedLoaded>(SeedArticleLoader.LoadFile(Path.Combine(RepositoryPaths.Root(), "seeds", "000_6df902893a7ce05b.json")));
        var summary = new ExtractiveSummarizer().Summarize(new SummaryRequest(seed.Article.Title, seed.Article.Text, 3));
        var request = new ArticlePostRequest(seed.Article, summary, new GuildId(guild.Id), new ChannelId(channel.Id), "seed:" + seed.Name);

        var result = Assert.IsType<ArticlePosted>(await _services.GetRequiredService<ArticlePoster>().PostAsync(request, CancellationToken.None));

        var message = Assert.Single(_sandbox.GetMessages(channel.Id));
        Assert.Equal(result.MessageId.Value, message.Id);
        var embed = Assert.Single(message.Embeds)!;
        Assert.Equal(seed.Article.Title, (string?)embed["title"]);
        Assert.Equal(summary.Text, (string?)embed["description"]);
        var thread = Assert.Single(_sandbox.GetThreads(channel.Id));
        Assert.Equal(result.ThreadId!.Value.Value, thread.Id);
        Assert.Equal(ArticleEmbedBuilder.ThreadName(seed.Article), thread.Name);
        Assert.Empty(_sandbox.SchemaViolations);
        await using var db = _database.CreateDbContext();
        Assert.True(await db.WatchedChannels.AnyAsync(w => w.ChannelId == thread.Id));
    }
}
