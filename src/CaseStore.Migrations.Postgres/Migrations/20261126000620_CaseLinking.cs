using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hub.CaseStore.Migrations.Postgres.Migrations
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "LinkScore",
                table: "complaints",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LinkedComplaintId",
                table: "complaints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MergedIntoCaseId",
                table: "cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_splits",
                columns: table => new
                {
                    ComplaintA = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintB = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_splits", x => new { x.ComplaintA, x.ComplaintB });
                });

            migrationBuilder.CreateTable(
                name: "dedup_fingerprints",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReporterKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Words = table.Column<string>(type: "text", nullable: false),
                    Places = table.Column<string>(type: "text", nullable: false),
                    Officials = table.Column<string>(type: "text", nullable: false),
                    Identifiers = table.Column<string>(type: "text", nullable: false),
                    Amounts = table.Column<string>(type: "text", nullable: false)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dedup_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dedup_terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
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
