using System.Globalization;
using System.Text.Json;
using Bot.Discord.Abstractions;
using Bot.Discord.Json.Dto;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Discord.Json;

/// <summary>Maps INTERACTION_CREATE to <see cref="Interaction"/>: options, resolved data, targets, custom ids and modal values.</summary>
internal static class InteractionMapper
{
    public static Interaction ToInteraction(InteractionDto dto)
    {
        // In a guild the invoker comes inside member; in DMs as user (docs: interactions/receiving-and-responding#interaction-object).
        var user = DtoMapper.ToUser(dto.Member?.User ?? dto.User);
        if (string.IsNullOrEmpty(dto.Token))
            throw new JsonException("The interaction has no token.");
        if (!Enum.IsDefined(typeof(InteractionKind), dto.Type))
            throw new JsonException($"Unknown interaction type {dto.Type}.");
        var channel = dto.ChannelId ?? dto.Channel?.Id;
        return new Interaction(
            new InteractionId(dto.Id),
            new ApplicationId(dto.ApplicationId),
            (InteractionKind)dto.Type,
            dto.Token,
            dto.GuildId is { } g ? new GuildId(g) : null,
            channel is { } c ? new ChannelId(c) : null,
            user,
            dto.Member is null ? null : DtoMapper.ToMember(dto.Member, user.Id),
            (DiscordPermissions)(dto.Member?.Permissions ?? 0),
            ToData(dto.Data, dto.GuildId));
    }

    private static InteractionData ToData(InteractionDataDto? data, ulong? guildId)
    {
        if (data is null)
            return new InteractionData();
        return new InteractionData
        {
            CommandName = data.Name,
            CommandKind = data.Type is { } t && Enum.IsDefined(typeof(CommandKind), t) ? (CommandKind)t : null,
            Options = ToOptions(data.Options),
            TargetId = data.TargetId,
            ResolvedUsers = ToUsers(data.Resolved?.Users),
            ResolvedMembers = ToMembers(data.Resolved?.Members),
            ResolvedMessages = ToMessages(data.Resolved?.Messages, guildId),
            CustomId = data.CustomId,
            ModalValues = ToModalValues(data.Components),
        };
    }

    private static List<InteractionOption> ToOptions(List<InteractionOptionDto>? options) =>
        options?.ConvertAll(o => new InteractionOption(o.Name ?? "", (CommandOptionKind)o.Type, o.Value, ToOptions(o.Options))) ?? [];

    private static Dictionary<UserId, DiscordUser> ToUsers(Dictionary<string, UserDto>? users)
    {
        var result = new Dictionary<UserId, DiscordUser>();
        foreach (var (key, value) in users ?? [])
            result[new UserId(ParseId(key))] = DtoMapper.ToUser(value);
        return result;
    }

    private static Dictionary<UserId, GuildMember> ToMembers(Dictionary<string, MemberDto>? members)
    {
        var result = new Dictionary<UserId, GuildMember>();
        foreach (var (key, value) in members ?? [])
        {
            var id = new UserId(ParseId(key));
            result[id] = DtoMapper.ToMember(value, id);
        }
        return result;
    }

    private static Dictionary<MessageId, DiscordMessage> ToMessages(Dictionary<string, MessageDto>? messages, ulong? guildId)
    {
        var result = new Dictionary<MessageId, DiscordMessage>();
        foreach (var (key, value) in messages ?? [])
            result[new MessageId(ParseId(key))] = DtoMapper.ToMessage(value, guildId is { } g ? new GuildId(g) : null);
        return result;
    }

    private static Dictionary<string, string> ToModalValues(List<ComponentDto>? components)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(components, result);
        return result;

        // Text inputs sit in action rows (type 1) or, in newer modals, in labels (type 18) with a single child.
        static void Collect(List<ComponentDto>? list, Dictionary<string, string> into)
        {
            foreach (var component in list ?? [])
            {
                if (component.CustomId is { } id && component.Value is { } value)
                    into[id] = value;
                Collect(component.Components, into);
                if (component.Component is { } child)
                    Collect([child], into);
            }
        }
    }

    private static ulong ParseId(string key) =>
        ulong.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new JsonException($"'{key}' is not a snowflake.");
}
