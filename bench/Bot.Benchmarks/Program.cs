using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Bot.Benchmarks -- --filter '*'` runs every benchmark; see README "Benchmarks".
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
