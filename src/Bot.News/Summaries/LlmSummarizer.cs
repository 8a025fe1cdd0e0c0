using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.News.Summaries;

/// <summary>
/// Summarizes through an <see cref="IChatClient"/> when one is configured; on any error, timeout or empty answer it
/// returns the extractive summary instead, so a summary is always produced.
/// </summary>
public sealed partial class LlmSummarizer(
    IChatClient chatClient,
    ExtractiveSummarizer fallback,
    IOptions<NewsLlmOptions> options,
    TimeProvider timeProvider,
    ILogger<LlmSummarizer> logger) : ISummarizer
{
    public const string MethodName = "llm";

    /// <summary>Longest article text sent to the model; news leads carry the substance.</summary>
    private const int MaxInputCharacters = 12_000;

    public async Task<Summary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(settings.TimeoutSeconds), timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            var response = await chatClient.GetResponseAsync(BuildPrompt(request), new ChatOptions
            {
                ModelId = settings.Model,
                MaxOutputTokens = settings.MaxOutputTokens,
                Temperature = 0.2f,
            }, linked.Token).ConfigureAwait(false);
            var text = response.Text?.Trim();
            if (!string.IsNullOrEmpty(text))
            {
                return new Summary([SummaryLimits.Truncate(text, SummaryLimits.EmbedDescription)], MethodName);
            }

            LogFallback(logger, "empty answer");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFallback(logger, "timed out");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Any provider failure (network, quota, bad key, malformed reply) falls back; the post must still go out.
            LogFallback(logger, ex.GetType().Name);
        }

        return fallback.Summarize(request);
    }

    private static List<ChatMessage> BuildPrompt(SummaryRequest request)
    {
        var text = request.Text.Length > MaxInputCharacters ? request.Text[..MaxInputCharacters] : request.Text;
        return
        [
            new(ChatRole.System,
                $"You summarize news articles for a discussion channel. Write at most {request.Sentences} plain sentences, " +
                "neutral and factual, using only facts stated in the article. No headings, no lists, no opinions."),
            new(ChatRole.User, $"Headline: {request.Title}\n\nArticle:\n{text}"),
        ];
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Warning, Message = "LLM summary unavailable ({Reason}); using the extractive summary")]
    private static partial void LogFallback(ILogger logger, string reason);
}
