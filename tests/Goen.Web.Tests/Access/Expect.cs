namespace Goen.Web.Tests.Access;

/// <summary>What a request may get back in the access table.</summary>
public enum Expect
{
    /// <summary>A page or document anyone may see (it must still hold none of the owner's secrets).</summary>
    Ok,

    /// <summary>A redirect to the sign-in page.</summary>
    SignIn,

    /// <summary>A redirect somewhere on this site (sign-out, language switch).</summary>
    Redirect,

    /// <summary>401: the API without a session.</summary>
    Unauthorized,

    /// <summary>404: the resource is not shown to this person at all.</summary>
    NotFound,

    /// <summary>409: the caller's own profile, saved with a stale version.</summary>
    Conflict,

    /// <summary>400, 404 or 405: a form post that is not the page's own (no or wrong handler, or no antiforgery token).</summary>
    BadRequest,
}
