using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Bot.Scoring.Repetition;
using Microsoft.Extensions.Options;

namespace Bot.Benchmarks.Scoring;

/// <summary>
/// The repetition detector over <see cref="RepetitionStream"/>: throughput single-threaded (target ≥ 500,000 messages/s),
/// retained bytes per active user (target ≤ 1 KB) and memory when a million new accounts each post once (bounded).
/// </summary>
/// <remarks>
/// Each iteration starts from an empty detector and feeds it the whole stream, so the time per operation is the
/// time per message. After each iteration a <c>// retained:</c> log line gives what stays reachable (measured with a
/// full collection; BenchmarkDotNet reports only allocation) and the process CPU time per message, which a machine
/// shared with other work inflates far less than the wall time BenchmarkDotNet reports.
/// </remarks>
[MemoryDiagnoser]
public class RepetitionBenchmarks
{
    private const int Messages = 1_000_000;
    private const int Users = 100_000;

    private PostedMessage[] _stream = [];
    private PostedMessage[] _newAccounts = [];
    private RepetitionDetector _detector = null!;
    private long _heapBefore;
    private TimeSpan _cpuBefore;

    [GlobalSetup]
    public void Generate()
    {
        _stream = RepetitionStream.Generate(Messages, Users);
        _newAccounts = RepetitionStream.DistinctUsers(Messages);
    }

    [IterationSetup]
    public void NewDetector()
    {
        _detector = null!;
        _heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        _detector = new RepetitionDetector(Options.Create(new RepetitionOptions()), TimeProvider.System);
        _cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    [IterationCleanup]
    public void ReportRetained()
    {
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - _cpuBefore).TotalMicroseconds / Messages;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - _heapBefore;
        var users = _detector.TrackedUsers;
        Console.WriteLine($"// retained: {retained:N0} bytes, {users:N0} tracked users, {retained / (double)users:F0} bytes per tracked user, {_detector.CopypastaEntries:N0} copypasta entries; cpu {cpu:F3} us per message ({1e6 / cpu:N0}/s)");
        GC.KeepAlive(_detector);
    }

    /// <summary>A million messages of mixed traffic from 100,000 users, in order.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public double MixedStream() => ObserveAll(_stream);

    /// <summary>A million users never seen before, each posting once: the tables must stay within their limits.</summary>
    [Benchmark(OperationsPerInvoke = Messages)]
    public double MillionNewAccounts() => ObserveAll(_newAccounts);

    private double ObserveAll(PostedMessage[] messages)
    {
        var total = 0.0;
        foreach (var message in messages)
        {
            total += _detector.Observe(message, RepetitionSettings.Default).Score;
        }

        return total;
    }
}
