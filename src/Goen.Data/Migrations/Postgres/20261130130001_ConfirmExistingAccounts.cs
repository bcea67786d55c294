using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Goen.Data.Migrations.Postgres
{
    /// <summary>
    /// Sign-up now confirms the address by mail, and an unconfirmed account cannot sign in. Accounts made before
    /// were signed in without it: they count as confirmed, so nobody is locked out. Data only; the model is unchanged.
    /// </summary>
    [DbContext(typeof(PostgresGoenDbContext))]
    [Migration("20261130130001_ConfirmExistingAccounts")]
    public partial class ConfirmExistingAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"EmailConfirmed\" = true;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
