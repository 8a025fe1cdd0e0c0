namespace Bot.Sandbox;

/// <summary>
/// Bucket names the sandbox uses and their defaults. Discord does not publish bucket sizes (clients must read the
/// headers); these mirror what bots observe: 5 messages per 5 s per channel, deletes 5 per second, and so on.
/// </summary>
public static class SandboxBuckets
{
    public const string Default = "default";
    public const string MessageCreate = "message-create";
    public const string MessageEdit = "message-edit";
    public const string MessageDelete = "message-delete";
    public const string BulkDelete = "bulk-delete";
    public const string MessageRead = "message-read";
    public const string ThreadCreate = "thread-create";
    public const string ChannelEdit = "channel-edit";
    public const string MemberEdit = "member-edit";
    public const string MemberRead = "member-read";
    public const string Kick = "member-kick";
    public const string Ban = "ban";
    public const string Roles = "roles";
    public const string DirectMessage = "dm-open";
    public const string InteractionCallback = "interaction-callback";
    public const string Webhook = "webhook";
    public const string Commands = "commands";
    public const string Gateway = "gateway";

    /// <summary>A fresh, mutable table of defaults.</summary>
    public static Dictionary<string, BucketLimit> CreateDefaults() => new(StringComparer.Ordinal)
    {
        [Default] = new(5, TimeSpan.FromSeconds(5)),
        [MessageCreate] = new(5, TimeSpan.FromSeconds(5)),
        [MessageEdit] = new(5, TimeSpan.FromSeconds(5)),
        [MessageDelete] = new(5, TimeSpan.FromSeconds(1)),
        [BulkDelete] = new(1, TimeSpan.FromSeconds(1)),
        [MessageRead] = new(5, TimeSpan.FromSeconds(1)),
        [ThreadCreate] = new(5, TimeSpan.FromSeconds(5)),
        // Channel edits are famously tight: 2 per 10 minutes for name/topic; slowmode shares the route.
        [ChannelEdit] = new(2, TimeSpan.FromMinutes(10)),
        [MemberEdit] = new(10, TimeSpan.FromSeconds(10)),
        [MemberRead] = new(5, TimeSpan.FromSeconds(1)),
        [Kick] = new(5, TimeSpan.FromSeconds(1)),
        [Ban] = new(5, TimeSpan.FromSeconds(1)),
        [Roles] = new(5, TimeSpan.FromSeconds(1)),
        [DirectMessage] = new(5, TimeSpan.FromSeconds(1)),
        [InteractionCallback] = new(20, TimeSpan.FromSeconds(1)),
        [Webhook] = new(5, TimeSpan.FromSeconds(2)),
        [Commands] = new(2, TimeSpan.FromSeconds(1)),
        [Gateway] = new(5, TimeSpan.FromSeconds(5)),
    };
}
