using Bot.Scoring.Incivility;
using Bot.Scoring.Incivility.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Scoring.Tests.Incivility;

[Collection(ShippedModelDefinition.Name)]
public sealed class ModelFileTests(ShippedModelFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsmod-incivility-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_ShippedModel_ScoresLikeTheFixture()
    {
        var model = ModelFile.Load(IncivilityOptions.DefaultModelPath);

        Assert.Equal(fixture.Model.Settings, model.Settings);
        Assert.Equal(fixture.Model.Bias, model.Bias);
        Assert.True(model.Weights.ToArray().Count(w => w != 0) > 1_000, "the shipped model has learned weights");
    }

    [Fact]
    public void SaveThenLoad_SameModel()
    {
        var path = Path.Combine(_folder, "copy.bin");

        ModelFile.Save(fixture.Model, path);
        var copy = ModelFile.Load(path);

        Assert.Equal(fixture.Model.Settings, copy.Settings);
        Assert.Equal(fixture.Model.Bias, copy.Bias);
        Assert.Equal(fixture.Model.CalibrationSlope, copy.CalibrationSlope);
        Assert.Equal(fixture.Model.CalibrationOffset, copy.CalibrationOffset);
        Assert.True(fixture.Model.Weights.SequenceEqual(copy.Weights));
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void Load_MissingFile_SaysNotFoundAndHowToFix()
    {
        var path = Path.Combine(_folder, "absent.bin");

        var error = Assert.Throws<IncivilityModelException>(() => ModelFile.Load(path));

        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("model train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TruncatedFile_Corrupt()
    {
        var bytes = ShippedBytes();

        var error = Assert.Throws<IncivilityModelException>(() => ModelFile.Load(Write("truncated.bin", bytes[..(bytes.Length / 2)])));

        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OneByteChanged_ChecksumMismatch()
    {
        var bytes = ShippedBytes();
        bytes[bytes.Length / 2] ^= 0x40;

        var error = Assert.Throws<IncivilityModelException>(() => ModelFile.Load(Write("flipped.bin", bytes)));

        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(4096)]
    public void Load_NotAModelFile_Corrupt(int length)
    {
        var garbage = Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray();

        var error = Assert.Throws<IncivilityModelException>(() => ModelFile.Load(Write("garbage.bin", garbage)));

        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ModelFileMissing_FailsWithTheKeyAndPath()
    {
        var path = Path.Combine(_folder, "missing.bin");
        using var host = CreateHost(path);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:Scoring:Incivility:ModelPath", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ModelFileCorrupt_FailsSayingCorrupt()
    {
        var path = Write("corrupt.bin", [1, 2, 3]);
        using var host = CreateHost(path);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ShippedModel_ScorerResolves()
    {
        using var host = CreateHost(modelPath: null);

        await host.StartAsync();
        var scorer = host.Services.GetRequiredService<IIncivilityScorer>();

        Assert.Equal(fixture.Scorer.Score("you are an idiot").Score, scorer.Score("you are an idiot").Score);
        await host.StopAsync();
    }

    private static byte[] ShippedBytes() => File.ReadAllBytes(IncivilityOptions.DefaultModelPath);

    private static IHost CreateHost(string? modelPath)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("Bot:Scoring:Incivility:ModelPath", modelPath)]);
        builder.Services.AddIncivilityScoring();
        return builder.Build();
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
