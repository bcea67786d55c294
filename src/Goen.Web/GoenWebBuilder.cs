using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Goen.Core.Matching;
using Goen.Data;
using Goen.Data.Accounts;
using Goen.Data.Mail;
using Goen.Web.Api;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Goen.Web;

/// <summary>Composes the web app: services in <see cref="AddGoenWeb"/>, the request pipeline in <see cref="UseGoenWeb"/>.</summary>
public static class GoenWebBuilder
{
    /// <summary>The largest request body accepted (an attendee file plus the form around it).</summary>
    public const long MaxRequestBytes = 8L * 1024 * 1024;

    private static readonly CultureInfo[] Cultures = [new("en"), new("ja")];

    /// <summary>Registers Goen's web services.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddGoenWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        GoenDatabase.FromConfiguration(configuration).AddTo(services);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Because>();
        services.AddSingleton<SiteAddress>();
        services.AddSingleton<IntroductionLinks>();
        services.AddSingleton<SeatingLinks>();
        services.AddScoped<IntroductionMail>();
        services.AddScoped<AccountMail>();
        services.AddHostedService<Jobs.PurgeJob>();
        services.AddHostedService<Jobs.IntroductionSweepJob>();
        services.AddOptions<Goen.Data.Seating.SeatingJobOptions>().BindConfiguration(Goen.Data.Seating.SeatingJobOptions.Section)
            .Validate(o => o.SearchThreads is >= 1 and <= 64, "Goen:Seating:SearchThreads must be 1 to 64.")
            .ValidateOnStart();
        services.AddSingleton<Jobs.SeatingJob>();
        services.AddHostedService(s => s.GetRequiredService<Jobs.SeatingJob>());
        builder.AddGoenMail();

        services.AddIdentityCore<GoenUser>(options =>
            {
                // Length over composition rules, as NIST SP 800-63B advises; lockout slows guessing of one account.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddEntityFrameworkStores<GoenDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/SignIn";
            options.Cookie.Name = "goen.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;

            // Secure whenever the request came over HTTPS (directly or through a proxy that says so).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAware(context, HttpStatusCode.Unauthorized);

            // The session check reads the account: with the database down it cannot, and failing there would
            // fail the error page too. The request goes on (and says the database is down); the check runs
            // again on the next request.
            var validate = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                try
                {
                    await validate(context);
                }
                catch (Exception e) when (IsDatabaseUnavailable(e))
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GoenWebBuilder))
                        .LogWarning(e, "The session could not be checked against its account: the database is unreachable");
                }
            };
            options.Events.OnRedirectToAccessDenied = context => ApiAware(context, HttpStatusCode.Forbidden);
        });
        // How often a session cookie is checked against the account's security stamp: signing out, a new
        // password or a deleted account ends every copy of the cookie within this time.
        var sessionCheck = TimeSpan.FromSeconds(configuration.GetValue("Goen:SessionCheckSeconds", 30));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = sessionCheck);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "goen.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Keys in the database: every web instance behind one PostgreSQL reads the same cookies.
        services.AddDataProtection().SetApplicationName("Goen").PersistKeysToDbContext<GoenDbContext>();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/");
                options.Conventions.AllowAnonymousToPage("/Index");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Account/SignIn");
                options.Conventions.AllowAnonymousToPage("/Account/SignUp");
                options.Conventions.AllowAnonymousToPage("/Account/Forgot");
                options.Conventions.AllowAnonymousToPage("/Account/Reset");
                options.Conventions.AllowAnonymousToPage("/Account/Confirm");
                options.Conventions.AllowAnonymousToPage("/Culture/Set");
                options.Conventions.AllowAnonymousToPage("/Events/Register");
                options.Conventions.AllowAnonymousToPage("/Card/Show");
                options.Conventions.AllowAnonymousToPage("/Introductions/Answer");
                options.Conventions.AllowAnonymousToPage("/Introductions/FollowUp");
                options.Conventions.AllowAnonymousToPage("/Seating/Itinerary");
                options.Conventions.ConfigureFilter(new Pages.RequireHandlerFilter());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(UiText)));

        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxRequestBytes);
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options => options.MultipartBodyLengthLimit = MaxRequestBytes);
        // X-Forwarded-For and -Proto are believed only from the proxies named in Goen:TrustedProxies (comma-separated
        // addresses); by default from nobody, not even loopback, so a client cannot pick its own address for the
        // sign-in limits by sending the header.
        var trusted = (configuration["Goen:TrustedProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no known proxy at all the middleware believes every sender, so with none configured it reads nothing.
            options.ForwardedHeaders = trusted.Length == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in trusted)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddSingleton<SignInThrottle>();

        // 30: a room behind one venue Wi-Fi address signs up (a post and a confirmation each) at 15 people a minute;
        // guessing one account is slowed separately, per account and address (SignInThrottle).
        var permits = configuration.GetValue("Goen:SignInAttemptsPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            // Only the posts that check a password or send a reset mail count, per client address; pages and reads are not limited.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && IsSignInPath(context.Request.Path)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        // Japanese is written as characters, not &#x…; entities: half the bytes on a phone, and readable source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddOpenApi();
        services.AddValidation();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    /// <summary>
    /// Registers the outbox sender (<c>Goen:Smtp:*</c>, <c>Goen:Mail:*</c>) and its worker. Code that queues a
    /// mail may call <see cref="Jobs.NudgeableJob.Nudge"/> after saving it, to send it now rather than at the next look.
    /// </summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddGoenMail(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section)
            .Validate(o => MimeKit.MailboxAddress.TryParse(o.From, out _), "Goen:Smtp:From is not a mail address (e.g. \"Goen <goen@example.org>\").")
            .ValidateOnStart();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddSingleton(s => MailDrain.Create(
            s.GetRequiredService<IOptions<SmtpOptions>>().Value, s.GetRequiredService<IOptions<MailOptions>>().Value, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Jobs.MailJob>();
        services.AddHostedService(s => s.GetRequiredService<Jobs.MailJob>());
        return builder;
    }

    /// <summary>Migrates the database and builds the request pipeline.</summary>
    /// <param name="app">The app.</param>
    /// <returns>A task that completes when the app is ready to run.</returns>
    public static async Task UseGoenWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await MigrateAsync(app);

        // Load the matching vocabulary and the stemmer now, so the first attendee list does not wait for them.
        _ = Task.Run(Vocabulary.Prepare);

        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Error");

        // Sent on HTTPS responses only, so a laptop on http://localhost is unaffected.
        app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";

            // The API answers in status codes and problem details, never with the error page.
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
                {
                    statusPages.Enabled = false;
                }

                await ApiProblems.InvokeAsync(context, next);
                return;
            }

            await next(context);
        });
        app.UseStaticFiles();
        app.UseRequestLocalization();

        // A body over the limit is refused before anything reads it: otherwise the antiforgery check meets the
        // cut-off form first and the person is told their form expired instead of that the file is too large.
        // After the request's language is known, so the API says so in it.
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBytes && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            {
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    var text = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<UiText>>();
                    await ApiProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, text["Error.RequestTooLarge", MaxRequestBytes / 1024 / 1024]);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                }

                return;
            }

            await next(context);
        });
        app.UseRouting();

        // Everything past the static files is a page or a document about people: no cache may keep it
        // (a shared computer's browser, a proxy). Static files end the pipeline before this.
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi().AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapProfileApi();
        app.MapPeopleApi();
        app.MapEventsApi();
        app.MapImportsApi();
        app.MapNetworkApi();
        app.MapMeApi();
        app.MapIntroductionsApi();
        app.MapSeatingApi();
        app.MapTextApi();
        app.MapRazorPages();

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = string.Join(", ", app.Urls);
            var provider = app.Services.GetRequiredService<GoenDatabase>().Provider;
            app.Logger.LogInformation("Goen is running at {Urls} (database: {Provider})", urls, provider);
        });
    }

    /// <summary>Whether an exception means the database could not be reached.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns><see langword="true"/> for connection failures of either provider.</returns>
    public static bool IsDatabaseUnavailable(Exception? exception) => exception switch
    {
        null => false,

        // A broken rule (a unique key met twice by a double click) is an answer from a working database.
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 } => false,
        Npgsql.PostgresException { SqlState: ['2', '3', ..] } => false,
        DbException or TimeoutException or System.Net.Sockets.SocketException => true,
        _ => IsDatabaseUnavailable(exception.InnerException),
    };

    private static bool IsSignInPath(PathString path) =>
        path.StartsWithSegments("/Account/SignIn", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Account/SignUp", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Account/Forgot", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Account/Reset", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Account/Confirm", StringComparison.OrdinalIgnoreCase);

    private static async Task MigrateAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoenDbContext>();
        try
        {
            await db.Database.MigrateAsync();
        }
        catch (Exception e) when (IsDatabaseUnavailable(e))
        {
            // Start anyway: pages say the database is unreachable, and a restart migrates once it is back.
            app.Logger.LogError(e, "The database could not be reached or migrated; pages will say so until it is.");
        }
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, HttpStatusCode status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = (int)status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
