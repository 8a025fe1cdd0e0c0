using System.Globalization;
using System.Text;
using Bot.Discord.Abstractions;

namespace Bot.Moderation.Actions;

/// <summary>The result of each Discord step of an action.</summary>
internal sealed class StepReport
{
    private readonly StringBuilder _detail = new();

    public bool Succeeded { get; private set; } = true;

    public string Detail => _detail.Length == 0 ? "nothing to call" : _detail.ToString();

    public void Add(string step, DiscordResult result, bool required)
    {
        if (_detail.Length > 0)
        {
            _detail.Append("; ");
        }

        if (result.IsSuccess)
        {
            _detail.Append(step).Append(": ok");
            return;
        }

        Succeeded &= !required;
        _detail.Append(CultureInfo.InvariantCulture, $"{step}: {result.Error!.Kind} ({result.Error.Message})");
    }
}
