namespace DigitalWorkplace.Testing;

/// <summary>
/// The host with "Sign in with Microsoft" pointed at a <see cref="LocalEntraAuthority"/>: multi-tenant, two allowed
/// tenants (the network's and a franchisee's), the head-office group mapped to a unit and a tag.
/// </summary>
public class EntraPlatform(TestDatabase database) : PlatformFactory(database)
{
    public const string NetworkTenant = "9188040d-6c67-4c5b-b112-36a304b66dad";
    public const string FranchiseeTenant = "4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    public const string OtherTenant = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6";
    public const string HeadOfficeGroup = "5b7ab4a1-93bd-4c55-9d7f-1c2b3a4d5e6f";
    public const string HeadOffice = "Entra head office";

    public LocalEntraAuthority Authority { get; private set; } = null!;

    protected override async Task BeforeStartAsync() => Authority = await LocalEntraAuthority.StartAsync();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(Authority.Settings(NetworkTenant, FranchiseeTenant))
    {
        [$"Identity:Entra:Groups:{HeadOfficeGroup}:OrgUnit"] = HeadOffice,
        [$"Identity:Entra:Groups:{HeadOfficeGroup}:Tags:0"] = "head-office",
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Authority.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class EntraSqlitePlatform() : EntraPlatform(TestDatabase.Sqlite);

public sealed class EntraPostgresPlatform() : EntraPlatform(TestDatabase.Postgres);
