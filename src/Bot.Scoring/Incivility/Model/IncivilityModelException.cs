namespace Bot.Scoring.Incivility.Model;

/// <summary>The incivility model file is missing, unreadable or corrupt; the message says which and how to fix it.</summary>
public sealed class IncivilityModelException : Exception
{
    public IncivilityModelException()
    {
    }

    public IncivilityModelException(string message)
        : base(message)
    {
    }

    public IncivilityModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
