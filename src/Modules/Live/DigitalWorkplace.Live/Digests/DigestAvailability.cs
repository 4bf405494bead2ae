using DigitalWorkplace.BuildingBlocks.Mail;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Contracts;

namespace DigitalWorkplace.Live.Digests;

/// <summary>Whether a person can be sent a digest at all: this network mails (an SMTP server and the words for it), and the person has an address.</summary>
internal sealed class DigestAvailability(MailOptions mail, IPeopleDirectory directory, IEnumerable<IDigestWriter> writers)
{
    public bool Configured => mail.IsEnabled && writers.Any();

    public async Task<bool> ForAsync(Guid personId, CancellationToken cancellationToken) =>
        Configured && (await directory.GetManyAsync([personId], cancellationToken)).GetValueOrDefault(personId)?.Email is { Length: > 0 };
}
