namespace Bot.Discord.Json.Dto;

/// <summary>The user object as the gateway and REST send it (docs: resources/user#user-object).</summary>
internal sealed class UserDto
{
    public ulong Id { get; set; }
    public string? Username { get; set; }
    public string? GlobalName { get; set; }
    public bool Bot { get; set; }
}

/// <summary>The guild member object; <see cref="User"/> is absent inside MESSAGE_CREATE and resolved data.</summary>
internal sealed class MemberDto
{
    public UserDto? User { get; set; }
    public List<ulong>? Roles { get; set; }
    public string? Nick { get; set; }
    public DateTimeOffset? JoinedAt { get; set; }
    public DateTimeOffset? CommunicationDisabledUntil { get; set; }

    /// <summary>Total permissions in the channel; only present in interactions (a string bitset).</summary>
    public ulong? Permissions { get; set; }

    /// <summary>Only in GUILD_MEMBER_UPDATE.</summary>
    public ulong? GuildId { get; set; }
}

/// <summary>A user mentioned in a message; carries a partial member we ignore.</summary>
internal sealed class MentionDto
{
    public ulong Id { get; set; }
}
