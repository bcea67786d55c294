using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Goen.Web.Tests.Access;

/// <summary>Every route the app answers, read from its endpoint table, as "METHOD pattern".</summary>
internal static class EndpointList
{
    public static IReadOnlyList<string> Of(GoenWebFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.EnsureAvailable();
        return [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"])
                .Select(method => $"{method} /{e.RoutePattern.RawText!.Trim('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];
    }
}
