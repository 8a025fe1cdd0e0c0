namespace Bot.Moderation.Tests.Commands;

/// <summary>One <see cref="CommandHarness"/> per test class: starting the sandbox and the bot costs more than a test.</summary>
public sealed class CommandFixture : IAsyncLifetime
{
    public CommandHarness Harness { get; private set; } = null!;

    public async Task InitializeAsync() => Harness = await CommandHarness.StartAsync();

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
