namespace Bot.News.Tests.Infrastructure;

/// <summary>Finds the repository (the folder holding Bot.sln) from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("repository root (Bot.sln) not found above " + AppContext.BaseDirectory);
    }

    public static string Seeds() => Path.Combine(Root(), "seeds");
}
