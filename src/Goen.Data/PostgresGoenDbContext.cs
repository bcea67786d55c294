using Microsoft.EntityFrameworkCore;

namespace Goen.Data;

/// <summary>The PostgreSQL flavour of <see cref="GoenDbContext"/>; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresGoenDbContext(DbContextOptions<PostgresGoenDbContext> options) : GoenDbContext(options);
