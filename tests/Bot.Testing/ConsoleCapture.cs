namespace Bot.Testing;

/// <summary>Runs a CLI action with stdout and stderr captured. Tests using it share one xunit collection.</summary>
public static class ConsoleCapture
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<(int Exit, string Output, string Error)> RunAsync(Func<Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await Gate.WaitAsync();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(error);
            var exit = await action();
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
            Gate.Release();
        }
    }
}
