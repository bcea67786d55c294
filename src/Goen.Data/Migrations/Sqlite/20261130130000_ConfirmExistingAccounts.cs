using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Goen.Data.Migrations.Sqlite
{
    /// <summary>
    /// Sign-up now confirms the address by mail, and an unconfirmed account cannot sign in. Accounts made before
    /// were signed in without it: they count as confirmed, so nobody is locked out. Data only; the model is unchanged.
    /// </summary>
    [DbContext(typeof(SqliteGoenDbContext))]
    [Migration("20261130130000_ConfirmExistingAccounts")]
    public partial class ConfirmExistingAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"EmailConfirmed\" = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
