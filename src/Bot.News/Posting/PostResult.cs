using Bot.Discord.Abstractions;

namespace Bot.News.Posting;

/// <summary>What posting an article did.</summary>
public abstract record PostResult;

/// <summary>The embed was posted; <see cref="ThreadId"/> is null when the thread could not be created (<see cref="ThreadError"/> says why).</summary>
public sealed record ArticlePosted(MessageId MessageId, ChannelId? ThreadId, string? ThreadError) : PostResult;

/// <summary>The article was already posted in this channel; nothing was sent.</summary>
public sealed record ArticleAlreadyPosted(ulong? MessageId) : PostResult;

/// <summary>Discord refused the message; nothing was recorded.</summary>
public sealed record ArticlePostFailed(string Reason) : PostResult;
