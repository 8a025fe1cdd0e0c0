namespace Bot.Discord.Rest;

/// <summary>The X-Audit-Log-Reason header value: 1–512 characters, URL-encoded UTF-8 (docs: resources/audit-log#audit-log-entry-object).</summary>
internal static class AuditReason
{
    public const int MaxLength = 512;

    /// <summary>Cuts an over-long reason instead of failing the moderation action it explains.</summary>
    public static string Encode(string reason)
    {
        var trimmed = reason.Trim();
        if (trimmed.Length > MaxLength)
        {
            var cut = MaxLength;
            // Do not split a surrogate pair: a lone surrogate cannot be URL-encoded.
            if (char.IsHighSurrogate(trimmed[cut - 1]))
                cut--;
            trimmed = trimmed[..cut];
        }
        return Uri.EscapeDataString(trimmed);
    }
}
