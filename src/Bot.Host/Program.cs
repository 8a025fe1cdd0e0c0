using Bot.Host.Cli;

return await BotCli.Create().Parse(args).InvokeAsync();
