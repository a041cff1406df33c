using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.CaseStore.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EmailChannel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "email_acknowledgements",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiptCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SkippedReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_acknowledgements", x => x.ComplaintId);
                });

            migrationBuilder.CreateTable(
                name: "email_mailbox_cursors",
                columns: table => new
                {
                    Mailbox = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    UidValidity = table.Column<long>(type: "bigint", nullable: false),
                    HighestUid = table.Column<long>(type: "bigint", nullable: false),
                    Rescans = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_mailbox_cursors", x => x.Mailbox);
                });

            migrationBuilder.CreateTable(
                name: "email_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Mailbox = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    UidValidity = table.Column<long>(type: "bigint", nullable: false),
                    Uid = table.Column<long>(type: "bigint", nullable: false),
                    ChannelMessageId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthenticationResults = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HandledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_email_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_accesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IdentityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    Purpose = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_accesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_email_acknowledgements_SentAtUtc_NextAttemptAtUtc",
                table: "email_acknowledgements",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_email_messages_ChannelMessageId",
                table: "email_messages",
                column: "ChannelMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_email_messages_Mailbox_UidValidity_Uid",
                table: "email_messages",
                columns: new[] { "Mailbox", "UidValidity", "Uid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_email_messages_Outcome_HandledAtUtc",
                table: "email_messages",
                columns: new[] { "Outcome", "HandledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_accesses_IdentityId",
                table: "identity_accesses",
                column: "IdentityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "email_acknowledgements");

            migrationBuilder.DropTable(
                name: "email_mailbox_cursors");

            migrationBuilder.DropTable(
                name: "email_messages");

            migrationBuilder.DropTable(
                name: "identity_accesses");
        }
    }
}
