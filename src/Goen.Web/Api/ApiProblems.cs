using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Goen.Web.Api;

/// <summary>
/// An API call that fails answers problem details JSON, never the error page: 503 when the database cannot
/// be reached (so a script knows to retry), 500 otherwise.
/// </summary>
public static class ApiProblems
{
    /// <summary>Runs the rest of the pipeline for an API request and turns an exception into problem details.</summary>
    /// <param name="context">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task.</returns>
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            var services = context.RequestServices;
            var unavailable = GoenWebBuilder.IsDatabaseUnavailable(e);
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems)).LogError(e, "API request {Path} failed", context.Request.Path);
            var text = services.GetRequiredService<IStringLocalizer<UiText>>();
            context.Response.Clear();
            await WriteAsync(
                context,
                unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
                unavailable ? text["Error.DatabaseDown"] : text["Error.Unexpected"]);
        }
    }

    /// <summary>Answers an API request with problem details JSON, whatever its Accept header asked for.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The status code.</param>
    /// <param name="title">What went wrong, for a person to read.</param>
    /// <returns>A task.</returns>
    public static Task WriteAsync(HttpContext context, int status, string title)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
