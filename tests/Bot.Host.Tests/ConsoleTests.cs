namespace Bot.Host.Tests;

/// <summary>Tests that redirect the process-wide console run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleTests
{
    public const string Name = "console";
}
