using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.CaseStore.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EvidenceAndAccused : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccusedUnitCode",
                table: "cases",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PossibleRetaliation",
                table: "cases",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "accused_persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IdentityId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EmailPseudonym = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PhonePseudonym = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AddedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accused_persons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accused_persons_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    MediaType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    OriginalName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaint_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_complaint_attachments_complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_ReporterPseudonym",
                table: "complaints",
                column: "ReporterPseudonym");

            migrationBuilder.CreateIndex(
                name: "IX_accused_persons_CaseId",
                table: "accused_persons",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_accused_persons_EmailPseudonym",
                table: "accused_persons",
                column: "EmailPseudonym");

            migrationBuilder.CreateIndex(
                name: "IX_accused_persons_PhonePseudonym",
                table: "accused_persons",
                column: "PhonePseudonym");

            migrationBuilder.CreateIndex(
                name: "IX_complaint_attachments_ComplaintId",
                table: "complaint_attachments",
                column: "ComplaintId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accused_persons");

            migrationBuilder.DropTable(
                name: "complaint_attachments");

            migrationBuilder.DropIndex(
                name: "IX_complaints_ReporterPseudonym",
                table: "complaints");

            migrationBuilder.DropColumn(
                name: "AccusedUnitCode",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "PossibleRetaliation",
                table: "cases");
        }
    }
}
