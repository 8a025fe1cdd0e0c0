using System.Text.Json.Nodes;
using Bot.Sandbox;
using Bot.Sandbox.Model;

namespace Bot.Host.Demo;

/// <summary>Acts in the sandbox as the demo's people: the editor runs slash commands, members post in the thread.</summary>
internal sealed class DemoSession(SandboxServer sandbox, DemoWorld world, DemoObserver observer, TimeSpan stepTimeout, TextWriter output)
{
    public Task WaitForCommandsAsync(CancellationToken cancellationToken) =>
        StepAsync("the bot did not register its commands", ct => sandbox.WaitUntilAsync(() => sandbox.GetCommands(world.Guild.Id).Count > 0, ct), cancellationToken);

    /// <summary>Watch #news (and so its threads), send cases to #mod-log, and set the mode: <c>enforce</c>, or <c>shadow</c> to only record.</summary>
    public async Task ConfigureAsync(string mode, CancellationToken cancellationToken)
    {
        await CommandAsync("/config watch add #news", "config", cancellationToken,
            Group("watch", SandboxCommandOption.SubCommand("add", SandboxCommandOption.Channel("channel", world.News.Id))));
        await CommandAsync("/config modlog #mod-log", "config", cancellationToken,
            SandboxCommandOption.SubCommand("modlog", SandboxCommandOption.Channel("channel", world.ModLog.Id)));
        await CommandAsync($"/config mode {mode}", "config", cancellationToken,
            SandboxCommandOption.SubCommand("mode", SandboxCommandOption.String("mode", mode)));
    }

    /// <summary>Posts the seed through <c>/article seed</c> and returns the discussion thread the bot opened.</summary>
    public async Task<SandboxChannel> PostSeedAsync(string seedName, CancellationToken cancellationToken)
    {
        await CommandAsync($"/article seed {seedName}", "article", cancellationToken,
            SandboxCommandOption.SubCommand("seed", SandboxCommandOption.String("name", seedName)));
        SandboxChannel? thread = null;
        await StepAsync("the bot did not open a discussion thread",
            ct => sandbox.WaitUntilAsync(() => (thread = FirstOrNull(sandbox.GetThreads(world.News.Id))) is not null, ct), cancellationToken);
        return thread!;
    }

    /// <summary>Posts <paramref name="text"/> as <paramref name="author"/> and waits for the bot's verdict on it.</summary>
    public async Task<MessageVerdict?> PostAsync(ulong channelId, string author, string text, CancellationToken cancellationToken)
    {
        var message = await sandbox.PostMessageAsync(channelId, world.Member(author), text);
        return await observer.WaitAsync(message.Id, stepTimeout, cancellationToken);
    }

    private async Task CommandAsync(string shown, string name, CancellationToken cancellationToken, params SandboxCommandOption[] options)
    {
        var handle = await sandbox.InvokeSlashCommandAsync(world.Guild.Id, world.News.Id, world.Editor.Id, name, options);
        InteractionResponseRecord? response = null;
        await StepAsync($"no reply to {shown}", async ct =>
        {
            response = await sandbox.WaitForInteractionResponseAsync(handle, ct);
            // A deferred reply (type 5) is complete once the bot edits the original message.
            await sandbox.WaitUntilAsync(() => (response = sandbox.GetInteractionResponse(handle))?.CallbackType != 5 || response.Original is not null, ct);
        }, cancellationToken);
        await output.WriteLineAsync($"  {shown}  →  {FirstLine(ReplyText(response!))}");
    }

    private static SandboxCommandOption Group(string name, params SandboxCommandOption[] subcommands) => new(name, 2, null, subcommands);

    private static string ReplyText(InteractionResponseRecord response)
    {
        var content = response.Original?.Content is { Length: > 0 } original ? original : response.Data?["content"]?.GetValue<string>();
        var embed = (response.Original?.Embeds ?? response.Data?["embeds"] as JsonArray)?.FirstOrDefault() as JsonObject;
        return content ?? embed?["title"]?.GetValue<string>() ?? embed?["description"]?.GetValue<string>() ?? "(done)";
    }

    private static SandboxChannel? FirstOrNull(IReadOnlyList<SandboxChannel> threads) => threads.Count > 0 ? threads[0] : null;

    private static string FirstLine(string text) => text.Split('\n', 2)[0];

    private async Task StepAsync(string failure, Func<CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(stepTimeout);
        try
        {
            await step(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DemoStepException($"{failure} within {stepTimeout.TotalSeconds:0} s");
        }
    }
}

/// <summary>A demo step that did not happen in time; the demo stops with this message.</summary>
internal sealed class DemoStepException(string message) : Exception(message);
