using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.CaseStore.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChatFingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SealedAddress = table.Column<byte[]>(type: "bytea", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AttachmentsJson = table.Column<string>(type: "text", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    PlaceName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    FollowsReceipt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LastReceipt = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DraftStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastActivityAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReplyToken = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReplyTokenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "chat_inbound_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    SealedPayload = table.Column<byte[]>(type: "bytea", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WasRedelivered = table.Column<bool>(type: "boolean", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_inbound_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "chat_outbound_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SealedAddress = table.Column<byte[]>(type: "bytea", nullable: true),
                    ReplyToken = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReplyTokenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_outbound_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "chat_reply_routes",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ChannelMessageId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IdentityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_reply_routes", x => new { x.Channel, x.ChannelMessageId });
                });

            migrationBuilder.CreateTable(
                name: "identity_access_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IdentityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    Purpose = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Actor = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_chat_outbound_messages_SentAtUtc_FailedAtUtc_NextAttemptAtU~",
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
