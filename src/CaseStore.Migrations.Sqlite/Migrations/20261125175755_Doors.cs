using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.CaseStore.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Doors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CallerConfirmed",
                table: "complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "channel_cursors",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channel_cursors", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "complaint_references",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaint_references", x => x.Id);
                    table.ForeignKey(
                        name: "FK_complaint_references_complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intake_issues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_issues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "traffy_tickets",
                columns: table => new
                {
                    TicketId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RawJson = table.Column<string>(type: "TEXT", nullable: false),
                    IsMisconduct = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstSeenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_traffy_tickets", x => x.TicketId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_complaint_references_ComplaintId_Reference",
                table: "complaint_references",
                columns: new[] { "ComplaintId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_complaint_references_Reference",
                table: "complaint_references",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_intake_issues_AtUtc",
                table: "intake_issues",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_traffy_tickets_LastActivityUtc",
                table: "traffy_tickets",
                column: "LastActivityUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channel_cursors");

            migrationBuilder.DropTable(
                name: "complaint_references");

            migrationBuilder.DropTable(
                name: "intake_issues");

            migrationBuilder.DropTable(
                name: "traffy_tickets");

            migrationBuilder.DropColumn(
                name: "CallerConfirmed",
                table: "complaints");
        }
    }
}
