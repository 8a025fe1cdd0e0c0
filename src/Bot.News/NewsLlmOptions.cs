using System.ComponentModel.DataAnnotations;

namespace Bot.News;

/// <summary>The optional LLM summarizer (section <c>Bot:News:Llm</c>); it needs an <c>IChatClient</c> registered by the host.</summary>
public sealed class NewsLlmOptions
{
    public const string SectionName = "Bot:News:Llm";

    /// <summary>Use the registered chat client for summaries; the extractive summarizer stays the fallback.</summary>
    public bool Enabled { get; set; }

    /// <summary>Model id passed in the chat options; null lets the client choose.</summary>
    public string? Model { get; set; }

    /// <summary>Deadline for one summary before falling back.</summary>
    [Range(1, 300)]
    public double TimeoutSeconds { get; set; } = 20;

    [Range(16, 4096)]
    public int MaxOutputTokens { get; set; } = 400;
}
