using Goen.Web.Tests;

// One app per database for the whole run: starting the host and migrating costs seconds.
[assembly: AssemblyFixture(typeof(SqliteApp))]
[assembly: AssemblyFixture(typeof(PostgresApp))]
