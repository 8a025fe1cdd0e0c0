namespace Bot.Discord.Tests.Support;

/// <summary>Gateway event payloads shaped like Discord's documentation examples.</summary>
public static class Payloads
{
    public const ulong GuildId = 290926798626357250;
    public const ulong ChannelId = 290926798626357999;
    public const ulong BotId = 111111111111111111;
    public const ulong AuthorId = 222222222222222222;

    public static string Ready(string sessionId = "session-1", string resumeUrl = "ws://resume.test/") => $$"""
        {"v":10,"user":{"id":"{{BotId}}","username":"newsmod","global_name":null,"bot":true},
         "guilds":[{"id":"{{GuildId}}","unavailable":true}],"session_id":"{{sessionId}}",
         "resume_gateway_url":"{{resumeUrl}}","shard":[0,1],"application":{"id":"333333333333333333","flags":0} }
        """;

    public static string Message(ulong id, string content = "hello") => $$"""
        {"id":"{{id}}","channel_id":"{{ChannelId}}","guild_id":"{{GuildId}}",
         "author":{"id":"{{AuthorId}}","username":"reader","global_name":"Reader","avatar":null},
         "member":{"roles":["444444444444444444"],"nick":"R","joined_at":"2025-01-01T00:00:00.000000+00:00","deaf":false,"mute":false},
         "content":"{{content}}","timestamp":"2026-12-03T12:00:00.000000+00:00","edited_timestamp":null,"tts":false,
         "mention_everyone":false,"mentions":[{"id":"555555555555555555","username":"x"}],"mention_roles":[],
         "attachments":[{"id":"1","filename":"a.png"}],"embeds":[],"pinned":false,"type":0}
        """;
}
