using System.ComponentModel.DataAnnotations;

namespace Bot.Moderation.Commands;

/// <summary>Settings of the slash commands (section <c>Bot:Commands</c>).</summary>
public sealed class CommandOptions
{
    public const string SectionName = "Bot:Commands";

    /// <summary>How long a guild's roles and the bot's member are cached for hierarchy checks.</summary>
    [Range(1, 3600)]
    public int RoleCacheSeconds { get; set; } = 30;

    /// <summary>How many of the latest scored messages <c>/config preview</c> replays.</summary>
    [Range(10, 10_000)]
    public int PreviewSampleSize { get; set; } = 500;

    /// <summary>Cases per page of <c>/modlog</c> and <c>/case list</c>.</summary>
    [Range(1, 25)]
    public int PageSize { get; set; } = 5;
}
