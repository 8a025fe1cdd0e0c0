using Bot.Discord.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Moderation.Pipeline;

/// <summary>
/// Remembers the message versions already processed (id + content hash), so a gateway replay of the same message
/// is never acted on twice while an edit with new text is scored again. Bounded by <see cref="ModerationOptions.DedupeCapacity"/>.
/// </summary>
public sealed class ReplayGuard(IOptions<ModerationOptions> options)
{
    private readonly RecentCache<(ulong Message, int Hash), bool> _seen = new(options.Value.DedupeCapacity);

    /// <summary>True the first time a message version is seen.</summary>
    public bool TryRecord(MessageId message, string content) =>
        _seen.TryAdd((message.Value, string.GetHashCode(content, StringComparison.Ordinal)), true);
}
