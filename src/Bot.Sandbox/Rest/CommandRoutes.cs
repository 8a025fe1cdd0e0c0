using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Sandbox.Json;
using Bot.Sandbox.Model;

namespace Bot.Sandbox.Rest;

/// <summary>
/// Application command registration: bulk overwrite and list, global and per guild (docs:
/// interactions/application-commands#bulk-overwrite-global-application-commands). Overwrite replaces every command:
/// ones left out are removed, ones kept by name and type keep their id.
/// </summary>
internal sealed partial class CommandRoutes : IRouteGroup
{
    private const string Global = "/applications/{application_id}/commands";
    private const string Guild = "/applications/{application_id}/guilds/{guild_id}/commands";

    public IEnumerable<(RouteSpec Spec, Func<RestRequest, RestResult> Handler)> Routes()
    {
        yield return (new RouteSpec("PUT", Global, SandboxBuckets.Commands, ["application_id"]), r => Overwrite(r, guild: false));
        yield return (new RouteSpec("GET", Global, SandboxBuckets.Commands, ["application_id"]), r => List(r, guild: false));
        yield return (new RouteSpec("PUT", Guild, SandboxBuckets.Commands, ["application_id", "guild_id"]), r => Overwrite(r, guild: true));
        yield return (new RouteSpec("GET", Guild, SandboxBuckets.Commands, ["application_id", "guild_id"]), r => List(r, guild: true));
    }

    private static RestResult? Target(RestRequest request, bool guild, out List<SandboxCommand> commands)
    {
        commands = request.World.GlobalCommands;
        if (request.Id("application_id") != request.World.ApplicationId)
        {
            return RestResult.Error(403, 50001, "Missing Access");
        }

        if (!guild)
        {
            return null;
        }

        var guildId = request.Id("guild_id");
        if (!request.World.Guilds.ContainsKey(guildId))
        {
            return RestResult.NotFound(10004, "Guild");
        }

        if (!request.World.GuildCommands.TryGetValue(guildId, out var list))
        {
            request.World.GuildCommands[guildId] = list = [];
        }

        commands = list;
        return null;
    }

    private static RestResult List(RestRequest request, bool guild) =>
        Target(request, guild, out var commands) ?? RestResult.Ok(new JsonArray([.. commands.Select(c => c.Definition.DeepClone())]));

    private static RestResult Overwrite(RestRequest request, bool guild)
    {
        if (Target(request, guild, out var commands) is { } error)
        {
            return error;
        }

        if (request.Body is not JsonArray definitions)
        {
            return RestResult.InvalidField("_root", "BASE_TYPE_ARRAY", "Must be an array.");
        }

        var guildId = guild ? request.Id("guild_id") : (ulong?)null;
        var replacement = new List<SandboxCommand>();
        for (var i = 0; i < definitions.Count; i++)
        {
            if (Validate(definitions[i], i, replacement) is { } invalid)
            {
                return invalid;
            }

            var definition = (JsonObject)definitions[i]!.DeepClone();
            var name = definition["name"]!.GetValue<string>();
            var type = definition["type"] is JsonValue t && t.TryGetValue<int>(out var kind) ? kind : 1;
            var id = commands.FirstOrDefault(c => c.Type == type && c.Name == name)?.Id ?? request.World.Ids.Next();
            definition["id"] = Payloads.Id(id);
            definition["application_id"] = Payloads.Id(request.World.ApplicationId);
            definition["type"] = type;
            definition["version"] = Payloads.Id(request.World.Ids.Next());
            if (guildId is { } g)
            {
                definition["guild_id"] = Payloads.Id(g);
            }

            replacement.Add(new SandboxCommand(id, guildId, name, type, definition));
        }

        commands.Clear();
        commands.AddRange(replacement);
        request.World.Changed.Raise();
        return RestResult.Ok(new JsonArray([.. replacement.Select(c => c.Definition.DeepClone())]));
    }

    private static RestResult? Validate(JsonNode? node, int index, List<SandboxCommand> accepted)
    {
        if (node is not JsonObject definition || MessageValidation.String(definition, "name") is not { } name)
        {
            return RestResult.InvalidField($"{index}.name", "BASE_TYPE_REQUIRED", "This field is required");
        }

        var type = definition["type"] is JsonValue t && t.TryGetValue<int>(out var kind) ? kind : 1;
        if (type is < 1 or > 4)
        {
            return RestResult.InvalidField($"{index}.type", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4}.");
        }

        if (type == 1)
        {
            if (!NamePattern().IsMatch(name) || !string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return RestResult.InvalidField($"{index}.name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
            }

            if (MessageValidation.String(definition, "description") is not { Length: >= 1 and <= 100 })
            {
                return RestResult.InvalidField($"{index}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }
        }
        else if (name.Length is < 1 or > 32)
        {
            return RestResult.InvalidField($"{index}.name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
        }

        if (accepted.Any(c => c.Type == type && c.Name == name))
        {
            return RestResult.InvalidField($"{index}.name", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique: {name}");
        }

        var limit = type == 1 ? 100 : 15;
        return accepted.Count(c => c.Type == type) >= limit
            ? RestResult.InvalidField("_root", "BASE_TYPE_MAX_LENGTH", $"At most {limit} commands of type {type}.")
            : null;
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
