using Bot.Discord.Abstractions;
using Bot.Discord.Json.Dto;
using ApplicationId = Bot.Discord.Abstractions.ApplicationId;

namespace Bot.Discord.Rest;

/// <summary>Interaction responses and command registration (docs: interactions/receiving-and-responding, interactions/application-commands).</summary>
internal sealed partial class DiscordRestClient
{
    public async Task<DiscordResult> RespondToInteractionAsync(InteractionId interaction, string token, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentException.ThrowIfNullOrEmpty(token);
        var data = BuildCallbackData(response);
        if (!data.IsSuccess)
            return data.Error!;
        var body = Serialize(new InteractionCallbackDto { Type = (int)response.Kind, Data = data.Value }, Json.InteractionCallbackDto);
        // The interaction id is the major parameter: each interaction has its own callback bucket.
        var request = new RestRequest(Route(HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback", interaction.Value),
            $"interactions/{interaction}/{Uri.EscapeDataString(token)}/callback", body);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult<SentMessage>> FollowUpAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        if (MessageLimits.Check(message, allowEmpty: false) is { } invalid)
            return invalid;
        var body = Serialize(MessageRequestBuilder.Build(message, allowEphemeral: true), Json.MessageRequestDto);
        var request = new RestRequest(WebhookRoute(HttpMethod.Post, "webhooks/{application_id}/{interaction_token}", application, token),
            $"webhooks/{application}/{Uri.EscapeDataString(token)}", body);
        return ToSent(await SendAsync(request, Json.MessageDto, cancellationToken));
    }

    public async Task<DiscordResult> EditOriginalResponseAsync(ApplicationId application, string token, OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        if (MessageLimits.Check(message, allowEmpty: false) is { } invalid)
            return invalid;
        // Editing cannot change the ephemeral flag: it was fixed by the initial response.
        var body = Serialize(MessageRequestBuilder.BuildEdit(message), Json.MessageRequestDto);
        var request = new RestRequest(WebhookRoute(HttpMethod.Patch, "webhooks/{application_id}/{interaction_token}/messages/@original", application, token),
            $"webhooks/{application}/{Uri.EscapeDataString(token)}/messages/@original", body);
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult> OverwriteGuildCommandsAsync(ApplicationId application, GuildId guild, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default)
    {
        var built = CommandRequestBuilder.Build(commands);
        if (!built.IsSuccess)
            return built.Error!;
        var request = new RestRequest(Route(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", guild.Value),
            $"applications/{application}/guilds/{guild}/commands", Serialize(built.Value!, Json.ListCommandRequestDto));
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    public async Task<DiscordResult> OverwriteGlobalCommandsAsync(ApplicationId application, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken = default)
    {
        var built = CommandRequestBuilder.Build(commands);
        if (!built.IsSuccess)
            return built.Error!;
        var request = new RestRequest(Route(HttpMethod.Put, "applications/{application_id}/commands", application.Value),
            $"applications/{application}/commands", Serialize(built.Value!, Json.ListCommandRequestDto));
        return (await sender.SendAsync(request, cancellationToken)).WithoutValue();
    }

    private static DiscordResult<InteractionCallbackDataDto?> BuildCallbackData(InteractionResponse response)
    {
        switch (response.Kind)
        {
            case InteractionResponseKind.Modal:
                if (response.Modal is not { } modal)
                    return new DiscordError(DiscordErrorKind.Invalid, "Not sent: a modal response needs a modal.");
                if (modal.Inputs.Count is 0 or > MessageLimits.ActionRows)
                    return new DiscordError(DiscordErrorKind.Invalid, "Not sent: a modal holds 1 to 5 text inputs.");
                return DiscordResult<InteractionCallbackDataDto?>.Ok(new InteractionCallbackDataDto
                {
                    CustomId = modal.CustomId,
                    Title = modal.Title,
                    Components = modal.Inputs.Select(input => new ActionRowDto
                    {
                        Components =
                        [
                            new ComponentRequestDto
                            {
                                Type = 4,
                                Style = input.Paragraph ? 2 : 1,
                                CustomId = input.CustomId,
                                Label = input.Label,
                                Required = input.Required,
                                MaxLength = input.MaxLength,
                                Placeholder = input.Placeholder,
                            },
                        ],
                    }).ToList(),
                });
            case InteractionResponseKind.DeferredChannelMessage:
                // With a deferral the ephemeral flag is the only valid field (docs: receiving-and-responding#interaction-response-object-messages).
                return DiscordResult<InteractionCallbackDataDto?>.Ok(response.Message is { Ephemeral: true }
                    ? new InteractionCallbackDataDto { Flags = MessageRequestBuilder.EphemeralFlag }
                    : null);
            case InteractionResponseKind.DeferredUpdateMessage:
                return DiscordResult<InteractionCallbackDataDto?>.Ok(null);
            default:
                if (response.Message is not { } message)
                    return new DiscordError(DiscordErrorKind.Invalid, $"Not sent: a {response.Kind} response needs a message.");
                if (MessageLimits.Check(message, allowEmpty: false) is { } invalid)
                    return invalid;
                var dto = response.Kind == InteractionResponseKind.UpdateMessage
                    ? MessageRequestBuilder.BuildEdit(message)
                    : MessageRequestBuilder.Build(message, allowEphemeral: true);
                return DiscordResult<InteractionCallbackDataDto?>.Ok(new InteractionCallbackDataDto
                {
                    Content = dto.Content,
                    Embeds = dto.Embeds,
                    Components = dto.Components,
                    AllowedMentions = dto.AllowedMentions,
                    Flags = dto.Flags,
                });
        }
    }

    /// <summary>For webhooks the id and token together are the major parameter (docs: topics/rate-limits).</summary>
    private static RouteKey WebhookRoute(HttpMethod method, string template, ApplicationId application, string token) =>
        new(method, template, string.Concat(application.ToString(), "/", token));
}
