namespace Bot.News.Posting;

/// <summary>One comment of a seed article's thread, in posting order.</summary>
public sealed record SeedComment(string Author, string Text, DateTimeOffset? Timestamp);
