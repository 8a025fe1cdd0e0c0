using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bot.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<ulong>(type: "INTEGER", nullable: true),
                    MessageId = table.Column<ulong>(type: "INTEGER", nullable: true),
                    MessageExcerpt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    ActorId = table.Column<ulong>(type: "INTEGER", nullable: true),
                    IncivilityScore = table.Column<double>(type: "REAL", nullable: true),
                    RepetitionScore = table.Column<double>(type: "REAL", nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    Terms = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: false),
                    OutcomeDetail = table.Column<string>(type: "TEXT", nullable: true),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModLogMessageId = table.Column<ulong>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RescindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RescindedBy = table.Column<ulong>(type: "INTEGER", nullable: true),
                    RescindReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Feedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Uncivil = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModeratorId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Feeds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    AddedBy = table.Column<ulong>(type: "INTEGER", nullable: true),
                    ETag = table.Column<string>(type: "TEXT", nullable: true),
                    LastModified = table.Column<string>(type: "TEXT", nullable: true),
                    Primed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastPolledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextPollAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    Disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuildSettings",
                columns: table => new
                {
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", nullable: false),
                    ModLogChannelId = table.Column<ulong>(type: "INTEGER", nullable: true),
                    IncivilityFlagThreshold = table.Column<double>(type: "REAL", nullable: false),
                    IncivilityDeleteThreshold = table.Column<double>(type: "REAL", nullable: false),
                    IncivilityTimeoutThreshold = table.Column<double>(type: "REAL", nullable: false),
                    RepetitionFlagThreshold = table.Column<double>(type: "REAL", nullable: false),
                    RepetitionDeleteThreshold = table.Column<double>(type: "REAL", nullable: false),
                    RepetitionTimeoutThreshold = table.Column<double>(type: "REAL", nullable: false),
                    TimeoutMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    StrikeDecayDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExemptOtherBots = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuildSettings", x => x.GuildId);
                });

            migrationBuilder.CreateTable(
                name: "ScoredMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    UserId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    Incivility = table.Column<double>(type: "REAL", nullable: false),
                    Repetition = table.Column<double>(type: "REAL", nullable: false),
                    Excerpt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ScoredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoredMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    ActorId = table.Column<ulong>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAudit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAudit_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Strikes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    UserId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PardonedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strikes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Strikes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PostedArticles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    FeedSubscriptionId = table.Column<long>(type: "INTEGER", nullable: true),
                    ArticleKey = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    MessageId = table.Column<ulong>(type: "INTEGER", nullable: true),
                    ThreadId = table.Column<ulong>(type: "INTEGER", nullable: true),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostedArticles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostedArticles_Feeds_FeedSubscriptionId",
                        column: x => x.FeedSubscriptionId,
                        principalTable: "Feeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Exemptions",
                columns: table => new
                {
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exemptions", x => new { x.GuildId, x.Kind, x.TargetId });
                    table.ForeignKey(
                        name: "FK_Exemptions_GuildSettings_GuildId",
                        column: x => x.GuildId,
                        principalTable: "GuildSettings",
                        principalColumn: "GuildId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LadderSteps",
                columns: table => new
                {
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    Strike = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", nullable: false),
                    TimeoutMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    AlertModerators = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LadderSteps", x => new { x.GuildId, x.Strike });
                    table.ForeignKey(
                        name: "FK_LadderSteps_GuildSettings_GuildId",
                        column: x => x.GuildId,
                        principalTable: "GuildSettings",
                        principalColumn: "GuildId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WatchedChannels",
                columns: table => new
                {
                    GuildId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<ulong>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WatchedChannels", x => new { x.GuildId, x.ChannelId });
                    table.ForeignKey(
                        name: "FK_WatchedChannels_GuildSettings_GuildId",
                        column: x => x.GuildId,
                        principalTable: "GuildSettings",
                        principalColumn: "GuildId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_CaseId",
                table: "CaseAudit",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAudit_GuildId_CreatedAt",
                table: "CaseAudit",
                columns: new[] { "GuildId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_GuildId_MessageId",
                table: "Cases",
                columns: new[] { "GuildId", "MessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_GuildId_Number",
                table: "Cases",
                columns: new[] { "GuildId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_GuildId_UserId_CreatedAt",
                table: "Cases",
                columns: new[] { "GuildId", "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_CaseId",
                table: "Feedback",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_GuildId_ChannelId_Url",
                table: "Feeds",
                columns: new[] { "GuildId", "ChannelId", "Url" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feeds_NextPollAt",
                table: "Feeds",
                column: "NextPollAt");

            migrationBuilder.CreateIndex(
                name: "IX_PostedArticles_ChannelId_PostedAt",
                table: "PostedArticles",
                columns: new[] { "ChannelId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostedArticles_FeedSubscriptionId",
                table: "PostedArticles",
                column: "FeedSubscriptionId");

            migrationBuilder.CreateIndex(
                name: "IX_PostedArticles_GuildId_ChannelId_ArticleKey",
                table: "PostedArticles",
                columns: new[] { "GuildId", "ChannelId", "ArticleKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoredMessages_GuildId_ScoredAt",
                table: "ScoredMessages",
                columns: new[] { "GuildId", "ScoredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Strikes_CaseId",
                table: "Strikes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Strikes_GuildId_UserId_ExpiresAt",
                table: "Strikes",
                columns: new[] { "GuildId", "UserId", "ExpiresAt" });

            // The audit trail is append-only in the database itself, not only in the DbContext.
            migrationBuilder.Sql("CREATE TRIGGER CaseAudit_NoUpdate BEFORE UPDATE ON CaseAudit BEGIN SELECT RAISE(ABORT, 'CaseAudit is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER CaseAudit_NoDelete BEFORE DELETE ON CaseAudit BEGIN SELECT RAISE(ABORT, 'CaseAudit is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseAudit");

            migrationBuilder.DropTable(
                name: "Exemptions");

            migrationBuilder.DropTable(
                name: "Feedback");

            migrationBuilder.DropTable(
                name: "LadderSteps");

            migrationBuilder.DropTable(
                name: "PostedArticles");

            migrationBuilder.DropTable(
                name: "ScoredMessages");

            migrationBuilder.DropTable(
                name: "Strikes");

            migrationBuilder.DropTable(
                name: "WatchedChannels");

            migrationBuilder.DropTable(
                name: "Feeds");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "GuildSettings");
        }
    }
}
