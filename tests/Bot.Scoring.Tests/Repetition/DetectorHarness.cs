using Bot.Scoring.Repetition;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Scoring.Tests.Repetition;

/// <summary>A detector on a fake clock, with helpers that post messages at the clock's time.</summary>
internal sealed class DetectorHarness
{
    public const ulong Guild = 1000;
    private ulong _nextMessageId = 1;

    public DetectorHarness(RepetitionOptions? options = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 24, 10, 0, 0, TimeSpan.Zero));
        Detector = new RepetitionDetector(Options.Create(options ?? new RepetitionOptions()), Time);
    }

    public FakeTimeProvider Time { get; }

    public RepetitionDetector Detector { get; }

    public RepetitionSettings Settings { get; set; } = RepetitionSettings.Default;

    public ulong LastMessageId { get; private set; }

    public RepetitionResult Post(ulong user, string text, ulong channel = 1, bool isThread = false, ulong guild = Guild, int mentions = 0, int links = 0)
    {
        LastMessageId = _nextMessageId++;
        return Detector.Observe(
            new PostedMessage(guild, channel, isThread, user, LastMessageId, text, Time.GetUtcNow(), mentions, links),
            Settings);
    }

    /// <summary>Posts, then moves the clock on by <paramref name="gap"/>.</summary>
    public RepetitionResult PostThenWait(TimeSpan gap, ulong user, string text, ulong channel = 1, bool isThread = false)
    {
        var result = Post(user, text, channel, isThread);
        Time.Advance(gap);
        return result;
    }
}
