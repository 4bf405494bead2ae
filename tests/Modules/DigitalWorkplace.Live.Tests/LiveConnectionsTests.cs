using System.Security.Claims;
using DigitalWorkplace.Live.Hubs;

namespace DigitalWorkplace.Live.Tests;

/// <summary>The node-local registry that lets the server take a person's connections out of a community they left.</summary>
public sealed class LiveConnectionsTests
{
    [Fact]
    public void MoveTo_NewMemberships_JoinsAddedAndLeavesRemoved()
    {
        var (kept, left, joined) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var connection = new LiveConnection("c1", Guid.CreateVersion7(), new ClaimsPrincipal(), () => { });
        connection.MoveTo([kept, left]);

        var (join, leave) = connection.MoveTo([kept, joined]);

        Assert.Equal([joined], join);
        Assert.Equal([left], leave);
    }

    [Fact]
    public void OfPerson_AfterConnectAndDisconnect_ListsOnlyOpenConnections()
    {
        var connections = new LiveConnections();
        var person = Guid.CreateVersion7();
        connections.Add("a", person, new ClaimsPrincipal(), () => { });
        connections.Add("b", person, new ClaimsPrincipal(), () => { });
        connections.Add("c", Guid.CreateVersion7(), new ClaimsPrincipal(), () => { });

        connections.Remove("a", person);

        Assert.Equal(["b"], connections.OfPerson(person).Select(c => c.ConnectionId));
        Assert.Null(connections.Find("a", person));
        connections.Remove("b", person);
        Assert.Empty(connections.OfPerson(person));
    }
}
