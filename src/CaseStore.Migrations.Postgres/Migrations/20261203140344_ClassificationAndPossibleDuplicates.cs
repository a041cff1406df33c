using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.CaseStore.Migrations.Postgres.Migrations
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
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsScreening",
                table: "complaints",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "possible_duplicates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    SuggestedComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    SuggestedCaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SuggestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
