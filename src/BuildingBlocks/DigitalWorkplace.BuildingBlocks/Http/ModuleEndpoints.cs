using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>
/// Where the host lets a module map its endpoints: <see cref="Api"/> is <c>/api/v1</c> (signed-in callers only,
/// checked before any body is read); <see cref="Root"/> is the site root, for browser forms, the hub and protocols.
/// </summary>
public sealed record ModuleEndpoints(IEndpointRouteBuilder Api, IEndpointRouteBuilder Root);
