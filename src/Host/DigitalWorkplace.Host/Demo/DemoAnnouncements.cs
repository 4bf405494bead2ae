using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Host.Demo;

/// <summary>The demo's announcements: a must-read that half the network has acknowledged (on the demo's own task list), and a plain one.</summary>
internal static class DemoAnnouncements
{
    public const string CommunicationsEmail = "lea.dubois@lumiere.example";

    public const string EveryoneAudience = "Everyone at Lumière";

    public static NewAnnouncement AllergenCard(Guid audience, DateTimeOffset now) => new(
        "New allergen card for the winter menu / Nouvelle carte des allergènes",
        """
        From Monday the **winter menu** comes with a new allergen card. Please read it before your next shift:

        - the chestnut cake contains **nuts**;
        - the oat milk is now gluten-free;
        - ask the customer, then check the card — never guess.

        *Dès lundi, la carte d'hiver arrive avec une nouvelle carte des allergènes : merci de la lire avant votre prochain service.*
        """,
        [audience],
        MustRead: true,
        AcknowledgeBefore: now.AddDays(2));

    public static NewAnnouncement HolidayHours(Guid audience) => new(
        "Holiday opening hours / Horaires des fêtes",
        "Stations and airports open **one hour earlier** from 20 December. Your manager has the new rota.\n\n*Les gares et aéroports ouvrent **une heure plus tôt** dès le 20 décembre.*",
        [audience],
        MustRead: false,
        AcknowledgeBefore: null);
}
