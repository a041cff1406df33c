using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.CaseStore.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CaseLinking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LinkEvidence",
                table: "complaints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LinkScore",
                table: "complaints",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LinkedComplaintId",
                table: "complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoCaseId",
                table: "cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_splits",
                columns: table => new
                {
                    ComplaintA = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintB = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_splits", x => new { x.ComplaintA, x.ComplaintB });
                });

            migrationBuilder.CreateTable(
                name: "dedup_fingerprints",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReporterKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Words = table.Column<string>(type: "TEXT", nullable: false),
                    Places = table.Column<string>(type: "TEXT", nullable: false),
                    Officials = table.Column<string>(type: "TEXT", nullable: false),
                    Identifiers = table.Column<string>(type: "TEXT", nullable: false),
                    Amounts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dedup_fingerprints", x => x.ComplaintId);
                });

            migrationBuilder.CreateTable(
                name: "dedup_keys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dedup_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dedup_terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Documents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dedup_terms", x => x.Term);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_splits_ComplaintB",
                table: "case_splits",
                column: "ComplaintB");

            migrationBuilder.CreateIndex(
                name: "IX_dedup_keys_ComplaintId",
                table: "dedup_keys",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_dedup_keys_Key_Id",
                table: "dedup_keys",
                columns: new[] { "Key", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_splits");

            migrationBuilder.DropTable(
                name: "dedup_fingerprints");

            migrationBuilder.DropTable(
                name: "dedup_keys");

            migrationBuilder.DropTable(
                name: "dedup_terms");

            migrationBuilder.DropColumn(
                name: "LinkEvidence",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "LinkScore",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "LinkedComplaintId",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "MergedIntoCaseId",
                table: "cases");
        }
    }
}
