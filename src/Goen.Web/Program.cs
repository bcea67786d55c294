using Goen.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddGoenWeb();
var app = builder.Build();
await app.UseGoenWeb();
await app.RunAsync();

/// <summary>The web app's entry point, public so the tests' WebApplicationFactory can start it.</summary>
public partial class Program;
