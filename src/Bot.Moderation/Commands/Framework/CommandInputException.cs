namespace Bot.Moderation.Commands.Framework;

/// <summary>A user's input (an option, a target, a case number) was refused; the message is shown to them as is.</summary>
public sealed class CommandInputException : Exception
{
    public CommandInputException()
    {
    }

    public CommandInputException(string message)
        : base(message)
    {
    }

    public CommandInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
