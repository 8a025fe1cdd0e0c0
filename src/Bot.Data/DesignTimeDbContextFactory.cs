using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bot.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the bot.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BotDbContext>
{
    public BotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
