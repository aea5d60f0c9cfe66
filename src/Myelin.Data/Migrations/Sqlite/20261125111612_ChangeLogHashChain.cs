using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Myelin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChangeLogHashChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "ChangeLog",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Hash",
                table: "ChangeLog");
        }
    }
}
