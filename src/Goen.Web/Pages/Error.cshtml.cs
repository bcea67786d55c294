using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goen.Web.Pages;

/// <summary>Every error a person can meet, in words: not found, form expired, too many tries, database down.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class Error : PageModel
{
    public string MessageKey { get; private set; } = "Error.Unexpected";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // A re-executed status carries its code in the feature too (a body too large to read cannot bind ?code).
        code ??= HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (GoenWebBuilder.IsDatabaseUnavailable(exception))
        {
            code = StatusCodes.Status503ServiceUnavailable;
        }

        MessageKey = code switch
        {
            400 => "Error.BadRequest",
            401 or 403 or 404 => "Error.NotFound",
            413 => "Error.TooLarge",
            429 => "Error.TooMany",
            503 => "Error.DatabaseDown",
            _ => "Error.Unexpected",
        };
        if (exception is not null)
        {
            Response.StatusCode = code ?? StatusCodes.Status500InternalServerError;
        }
    }
}
