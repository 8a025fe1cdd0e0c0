using Bot.News.Summaries;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.News.Tests.Summaries;

public sealed class LlmSummarizerTests
{
    private static readonly SummaryRequest Request = new(
        "Budget approved",
        "The council approved the budget on Monday after a long debate. Forty electric buses will join the fleet next year. Residents were split.",
        2);

    private static LlmSummarizer CreateSut(IChatClient client, TimeProvider time) => new(
        client, new ExtractiveSummarizer(), Options.Create(new NewsLlmOptions { Enabled = true, TimeoutSeconds = 5 }), time, NullLogger<LlmSummarizer>.Instance);

    [Fact]
    public async Task Summarize_ClientAnswers_UsesTheAnswer()
    {
        var summary = await CreateSut(new ScriptedChatClient(_ => Task.FromResult("The council approved the budget.")), TimeProvider.System)
            .SummarizeAsync(Request, CancellationToken.None);

        Assert.Equal(LlmSummarizer.MethodName, summary.Method);
        Assert.Equal("The council approved the budget.", summary.Text);
    }

    [Fact]
    public async Task Summarize_ClientThrows_FallsBackToExtractive()
    {
        var summary = await CreateSut(new ScriptedChatClient(_ => throw new HttpRequestException("quota")), TimeProvider.System)
            .SummarizeAsync(Request, CancellationToken.None);

        Assert.Equal(ExtractiveSummarizer.MethodName, summary.Method);
        Assert.Equal(2, summary.Sentences.Count);
    }

    [Fact]
    public async Task Summarize_ClientEmpty_FallsBackToExtractive()
    {
        var summary = await CreateSut(new ScriptedChatClient(_ => Task.FromResult("  ")), TimeProvider.System)
            .SummarizeAsync(Request, CancellationToken.None);

        Assert.Equal(ExtractiveSummarizer.MethodName, summary.Method);
    }

    [Fact]
    public async Task Summarize_ClientHangs_FallsBackWhenDeadlinePasses()
    {
        var clock = new FakeTimeProvider();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new ScriptedChatClient(async ct =>
        {
            started.SetResult();
            return await new TaskCompletionSource<string>().Task.WaitAsync(ct);
        });

        var pending = CreateSut(client, clock).SummarizeAsync(Request, CancellationToken.None);
        await started.Task;
        clock.Advance(TimeSpan.FromSeconds(6));
        var summary = await pending;

        Assert.Equal(ExtractiveSummarizer.MethodName, summary.Method);
    }

    private sealed class ScriptedChatClient(Func<CancellationToken, Task<string>> answer) : IChatClient
    {
        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            new(new ChatMessage(ChatRole.Assistant, await answer(cancellationToken)));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("the summarizer does not stream");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
