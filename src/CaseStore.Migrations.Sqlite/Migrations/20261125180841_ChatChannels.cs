using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.CaseStore.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChatChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "chat_conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChatFingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SealedAddress = table.Column<byte[]>(type: "BLOB", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DraftId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AttachmentsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    FollowsReceipt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LastReceipt = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DraftStartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReplyToken = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReplyTokenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "chat_inbound_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SealedPayload = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WasRedelivered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_inbound_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "chat_outbound_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SealedAddress = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ReplyToken = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReplyTokenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_outbound_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "chat_reply_routes",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ChannelMessageId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IdentityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_reply_routes", x => new { x.Channel, x.ChannelMessageId });
                });

            migrationBuilder.CreateTable(
                name: "identity_access_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IdentityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_access_log", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chat_conversations_Channel_ChatFingerprint",
                table: "chat_conversations",
                columns: new[] { "Channel", "ChatFingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_chat_conversations_State_LastActivityAtUtc",
                table: "chat_conversations",
                columns: new[] { "State", "LastActivityAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_chat_inbound_events_Channel_ExternalId",
                table: "chat_inbound_events",
                columns: new[] { "Channel", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_chat_inbound_events_ProcessedAtUtc_NextAttemptAtUtc",
                table: "chat_inbound_events",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_chat_outbound_messages_SentAtUtc_FailedAtUtc_NextAttemptAtUtc",
                table: "chat_outbound_messages",
                columns: new[] { "SentAtUtc", "FailedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_access_log_ComplaintId",
                table: "identity_access_log",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_access_log_IdentityId",
                table: "identity_access_log",
                column: "IdentityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chat_conversations");

            migrationBuilder.DropTable(
                name: "chat_inbound_events");

            migrationBuilder.DropTable(
                name: "chat_outbound_messages");

            migrationBuilder.DropTable(
                name: "chat_reply_routes");

            migrationBuilder.DropTable(
                name: "identity_access_log");
        }
    }
}
