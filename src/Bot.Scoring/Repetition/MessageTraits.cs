namespace Bot.Scoring.Repetition;

/// <summary>What is derived from a message's text before taking a lock: its signature and its mention and link counts.</summary>
internal readonly record struct MessageTraits(bool HasSignature, TextSignature Signature, int Mentions, int Links)
{
    public static MessageTraits Of(PostedMessage message, int minFingerprintLength)
    {
        var text = (message.Text ?? string.Empty).AsSpan();
        var hasSignature = TextFingerprinter.TryCompute(text, minFingerprintLength, out var signature);
        return new MessageTraits(
            hasSignature,
            signature,
            Math.Max(message.MentionCount, MessageCounts.Mentions(text)),
            Math.Max(message.LinkCount, MessageCounts.Links(text)));
    }
}
