using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.CaseStore.Migrations.SqlServer.Migrations
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
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LinkScore",
                table: "complaints",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LinkedComplaintId",
                table: "complaints",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoCaseId",
                table: "cases",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_splits",
                columns: table => new
                {
                    ComplaintA = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ComplaintB = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_splits", x => new { x.ComplaintA, x.ComplaintB });
                });

            migrationBuilder.CreateTable(
                name: "dedup_fingerprints",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ReporterKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Words = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Places = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Officials = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Identifiers = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Amounts = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dedup_fingerprints", x => x.ComplaintId);
                });

            migrationBuilder.CreateTable(
                name: "dedup_keys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dedup_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dedup_terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Documents = table.Column<long>(type: "bigint", nullable: false)
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
