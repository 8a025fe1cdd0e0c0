namespace Bot.Sandbox.OpenApi;

/// <summary>Finds the repository's copy of Discord's OpenAPI document (<c>shared/discord/openapi.json</c>) by walking up.</summary>
internal static class OpenApiSpecLocator
{
    private static readonly string RelativePath = Path.Combine("shared", "discord", "openapi.json");

    public static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
