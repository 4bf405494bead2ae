namespace DigitalWorkplace.BuildingBlocks.Security;

/// <summary>The person on whose behalf the current request runs.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The person's id; throws when nobody is signed in, which the authorization behaviour rules out first.</summary>
    Guid PersonId { get; }

    bool IsAdministrator { get; }

    /// <summary>Whether the person holds this platform role ("communications", "hr-admin"…); administrators hold them all.</summary>
    bool HasRole(string role) => IsAdministrator;
}
