using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Myelin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DiaryNoteAndAllocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AllocationPosition",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AllocationStratum",
                table: "Participants",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "Assessments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AllocationKeys",
                columns: table => new
                {
                    StudyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllocationKeys", x => x.StudyId);
                    table.ForeignKey(
                        name: "FK_AllocationKeys_Studies_StudyId",
                        column: x => x.StudyId,
                        principalTable: "Studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_StudyId_AllocationStratum_AllocationPosition",
                table: "Participants",
                columns: new[] { "StudyId", "AllocationStratum", "AllocationPosition" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllocationKeys");

            migrationBuilder.DropIndex(
                name: "IX_Participants_StudyId_AllocationStratum_AllocationPosition",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "AllocationPosition",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "AllocationStratum",
                table: "Participants");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "Assessments");
        }
    }
}
