using System.Text.Json.Nodes;
using Bot.Sandbox.Json;
using Bot.Sandbox.Model;
using Bot.Sandbox.State;

namespace Bot.Sandbox;

/// <summary>Acting as users through interactions: slash commands, message commands, buttons and modals.</summary>
public sealed partial class SandboxServer
{
    /// <summary>Invokes a slash command (type 2, command type 1) with options; <c>resolved</c> carries the users, roles and channels they name.</summary>
    public Task<InteractionHandle> InvokeSlashCommandAsync(ulong guildId, ulong channelId, ulong userId, string name, params SandboxCommandOption[] options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        lock (_world.Sync)
        {
            var guild = _world.RequireGuild(guildId);
            var data = new JsonObject
            {
                ["id"] = Payloads.Id(_world.CommandId(guildId, name, 1)),
                ["name"] = name,
                ["type"] = 1,
                ["guild_id"] = Payloads.Id(guildId),
                ["options"] = World.OptionsJson(options),
                ["resolved"] = _world.Resolve(guild, options),
            };
            return Task.FromResult(Create(World.InteractionApplicationCommand, guild, channelId, userId, data, null));
        }
    }

    /// <summary>Invokes a message context-menu command (command type 3) on <paramref name="targetMessageId"/>.</summary>
    public Task<InteractionHandle> InvokeMessageCommandAsync(ulong guildId, ulong channelId, ulong userId, string name, ulong targetMessageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_world.Sync)
        {
            var guild = _world.RequireGuild(guildId);
            var target = _world.RequireMessage(targetMessageId);
            var data = new JsonObject
            {
                ["id"] = Payloads.Id(_world.CommandId(guildId, name, 3)),
                ["name"] = name,
                ["type"] = 3,
                ["guild_id"] = Payloads.Id(guildId),
                ["target_id"] = Payloads.Id(target.Id),
                // Context-menu targets keep their content even without MESSAGE_CONTENT (docs: events/gateway#message-content-intent).
                ["resolved"] = new JsonObject { ["messages"] = new JsonObject { [Payloads.Id(target.Id)] = Payloads.Message(_world, target) } },
            };
            return Task.FromResult(Create(World.InteractionApplicationCommand, guild, channelId, userId, data, null));
        }
    }

    /// <summary>Clicks a button (component type 2) of a message the bot sent.</summary>
    public Task<InteractionHandle> ClickButtonAsync(ulong messageId, ulong userId, string customId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customId);
        lock (_world.Sync)
        {
            var message = _world.RequireMessage(messageId);
            var guild = _world.RequireGuild(message.GuildId ?? throw new ArgumentException("Buttons are only modelled in guild channels.", nameof(messageId)));
            var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
            return Task.FromResult(Create(World.InteractionComponent, guild, message.ChannelId, userId, data, message));
        }
    }

    /// <summary>Submits a modal with text-input values keyed by custom id.</summary>
    public Task<InteractionHandle> SubmitModalAsync(ulong guildId, ulong channelId, ulong userId, string customId, IReadOnlyDictionary<string, string> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customId);
        ArgumentNullException.ThrowIfNull(values);
        lock (_world.Sync)
        {
            var rows = values.Select(v => (JsonNode)new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = v.Key, ["value"] = v.Value }),
            });
            var data = new JsonObject { ["custom_id"] = customId, ["components"] = new JsonArray([.. rows]) };
            return Task.FromResult(Create(World.InteractionModalSubmit, _world.RequireGuild(guildId), channelId, userId, data, null));
        }
    }

    /// <summary>What the bot answered so far, or null before its callback.</summary>
    public InteractionResponseRecord? GetInteractionResponse(InteractionHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        lock (_world.Sync)
        {
            var interaction = _world.Interactions[handle.Id];
            if (interaction.CallbackType is not { } type)
            {
                return null;
            }

            var original = interaction.OriginalMessageId is { } id ? World.Snapshot(_world.Messages[id]) : null;
            return new InteractionResponseRecord(type, (JsonObject?)interaction.CallbackData?.DeepClone(), original,
                [.. interaction.FollowUpIds.Select(f => World.Snapshot(_world.Messages[f]))]);
        }
    }

    /// <summary>Waits for the bot's callback to the interaction.</summary>
    public async Task<InteractionResponseRecord> WaitForInteractionResponseAsync(InteractionHandle handle, CancellationToken ct = default)
    {
        InteractionResponseRecord? response = null;
        await WaitUntilAsync(() => (response = GetInteractionResponse(handle)) is not null, ct);
        return response!;
    }

    private InteractionHandle Create(int type, GuildState guild, ulong channelId, ulong userId, JsonObject data, MessageState? source) =>
        _world.CreateInteraction(type, guild, _world.RequireChannel(channelId), _world.RequireUser(userId), data, source).Handle;
}
