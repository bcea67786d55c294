using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Goen.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportMapping : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportMapping",
                table: "Events",
                type: "TEXT",
                maxLength: 20000,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ImportMapping",
                table: "Events");
        }
    }
}
