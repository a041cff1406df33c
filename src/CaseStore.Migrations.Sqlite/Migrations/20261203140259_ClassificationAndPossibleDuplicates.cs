using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.CaseStore.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClassificationAndPossibleDuplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClassificationSignals",
                table: "complaints",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsScreening",
                table: "complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "possible_duplicates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestedComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestedCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SuggestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_possible_duplicates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_NeedsScreening",
                table: "complaints",
                column: "NeedsScreening");

            migrationBuilder.CreateIndex(
                name: "IX_possible_duplicates_ComplaintId_SuggestedComplaintId",
                table: "possible_duplicates",
                columns: new[] { "ComplaintId", "SuggestedComplaintId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_possible_duplicates_State",
                table: "possible_duplicates",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_possible_duplicates_SuggestedComplaintId_State",
                table: "possible_duplicates",
                columns: new[] { "SuggestedComplaintId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "possible_duplicates");

            migrationBuilder.DropIndex(
                name: "IX_complaints_NeedsScreening",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "ClassificationSignals",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "NeedsScreening",
                table: "complaints");
        }
    }
}
