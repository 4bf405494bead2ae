using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Host.Demo;

/// <summary>The demo café franchise "Café Lumière": its structure, people, communities and conversations.</summary>
internal static class DemoContent
{
    public const string Organization = "Café Lumière";
    public const string HeadOffice = "Café Lumière — Head office";
    public const string AdministratorEmail = "camille.martin@lumiere.example";

    public static readonly (string Name, string Franchisee)[] Locations =
    [
        ("Lyon Saint-Exupéry Airport", "Voyageurs SAS"),
        ("Nice Côte d'Azur Airport", "Voyageurs SAS"),
        ("Paris Gare de Lyon", "Gare & Co"),
        ("Lyon Part-Dieu Station", "Gare & Co"),
    ];

    /// <summary>The season running today: summer from June to September, winter otherwise.</summary>
    public static string CurrentSeasonName(DateOnly today) =>
        today.Month is >= 6 and <= 9 ? $"Summer {today.Year}" : today.Month >= 10 ? $"Winter {today.Year}–{(today.Year + 1) % 100:00}" : $"Winter {today.Year - 1}–{today.Year % 100:00}";

    public sealed record DemoPerson(string Name, string Email, EmploymentType Type, string OrgUnit, bool IsAdministrator = false);

    public static readonly DemoPerson[] People = BuildPeople();

    /// <summary>The demo's external guest and the colleague who sponsors them.</summary>
    public const string GuestName = "Élodie Marchand (Agence Pixel)";

    public const string GuestSponsorEmail = "lea.dubois@lumiere.example";

    public sealed record DemoCommunity(string Name, string Description, CommunityVisibility Visibility, bool IsOfficial, Func<DemoPerson, bool> Members);

    public static readonly DemoCommunity[] Communities =
    [
        new("Café Lumière News", "Official news from head office: launches, recipes, brand moments. / Les nouvelles officielles du siège.", CommunityVisibility.Public, IsOfficial: true, _ => true),
        new("Baristas' Corner", "Latte art, grind settings and the tricks of the trade. / Le coin des baristas.", CommunityVisibility.Public, IsOfficial: false, p => p.Type != EmploymentType.External),
        new("Airport Teams", "Early shifts, flight delays and travellers in a hurry. / Les équipes aéroport.", CommunityVisibility.Public, IsOfficial: false, p => p.OrgUnit.Contains("Airport", StringComparison.Ordinal)),
        new("Station Teams", "Rush hours, platforms and commuters. / Les équipes des gares.", CommunityVisibility.Public, IsOfficial: false, p => p.OrgUnit.Contains("Station", StringComparison.Ordinal) || p.OrgUnit.Contains("Gare", StringComparison.Ordinal)),
        new("Franchise Owners", "Private space for franchisees and head office: numbers, staffing, contracts. / Espace privé des franchisés.", CommunityVisibility.Private, IsOfficial: false, p => p.Type == EmploymentType.Franchise || p.IsAdministrator),
    ];

    public static readonly string[] PostTexts =
    [
        "**Welcome to the summer season!** Thank you all for joining Café Lumière. Your onboarding track is on your home page — it takes about 20 minutes.",
        "**Bienvenue pour la saison d'été !** Merci à toutes et à tous. Votre parcours d'accueil vous attend sur la page d'accueil.",
        "New recipe: the *iced lavender latte* lands on June 1st. Recipe card in the Recipe book app.",
        "Nouvelle recette : le *latte glacé à la lavande* arrive le 1er juin. La fiche est dans le livre de recettes.",
        "Who has a tip for steaming oat milk without big bubbles? Mine always looks like a bubble bath.",
        "Astuce du jour : purgez la buse vapeur avant **et** après chaque lait. Le goût change vraiment.",
        "Flight to Montréal delayed 3 hours — we served 140 cafés crème before 8 am. Proud of the team! ☕",
        "Vol pour Montréal retardé de 3 heures : 140 cafés crème servis avant 8 h. Bravo l'équipe !",
        "Reminder: hairnets and clean aprons at all times behind the counter. Thanks for keeping our standards high.",
        "Rappel : charlotte et tablier propre derrière le comptoir, toujours. Merci !",
        "Our value of the month is **Warmth**: learn one regular's name this week and tell us about it here.",
        "Valeur du mois : **la chaleur humaine**. Retenez le prénom d'un habitué cette semaine et racontez-nous !",
        "The grinder at Part-Dieu was recalibrated this morning: 18 g in, 36 g out, 28 seconds.",
        "Le moulin de Part-Dieu a été recalibré ce matin : 18 g, 36 g, 28 secondes.",
        "Rush hour tip: prepare cups and lids before the 7:40 train arrives. It saves a minute per order.",
        "Heure de pointe : préparez gobelets et couvercles avant l'arrivée du train de 7 h 40.",
        "Latte art challenge 🎨: post your best rosetta of the week. The winner picks next month's playlist.",
        "Défi latte art : postez votre plus belle rosette de la semaine !",
        "Customer feedback from Nice: \"the friendliest café in the terminal\". Well done, team!",
        "Retour client à Nice : « le café le plus sympa du terminal ». Bravo !",
        "Allergen cards were updated — please check the new oat and almond labels in the fridge.",
        "Les fiches allergènes sont à jour : vérifiez les nouvelles étiquettes avoine et amande.",
        "Café tip: a *café* served in under 90 seconds is our promise at stations. How do you keep it?",
        "Le café en moins de 90 secondes, c'est notre promesse en gare. Vos astuces ?",
        "Thank you for a record weekend: +18 % compared to last year across all locations.",
    ];

    public static readonly string[] PrivatePostTexts =
    [
        "Q3 numbers for franchisees are in the shared folder. Margin is up 2 points, staffing costs flat.",
        "Chiffres du T3 pour les franchisés : marge en hausse de 2 points.",
        "Contract renewal for the Nice airport concession: meeting on Thursday at 10.",
    ];

    public static readonly string[] CommentTexts =
    [
        "Great news! 🎉", "Merci pour l'info !", "We tried it yesterday, customers loved it.", "Bravo l'équipe !",
        "Any tips for the morning rush?", "Super idée.", "Count me in!", "On teste ça demain matin.",
        "Thanks for sharing.", "Trop bien 😍", "Same here at the airport.", "Je confirme, ça marche.",
    ];

    private static DemoPerson[] BuildPeople()
    {
        var people = new List<DemoPerson>
        {
            new("Camille Martin", AdministratorEmail, EmploymentType.Permanent, HeadOffice, IsAdministrator: true),
            new("Hugo Bernard", "hugo.bernard@lumiere.example", EmploymentType.Permanent, HeadOffice),
            new("Léa Dubois", "lea.dubois@lumiere.example", EmploymentType.Permanent, HeadOffice),
            new("Nadia Rahmani", "nadia@voyageurs.example", EmploymentType.Franchise, "Voyageurs SAS"),
            new("Thomas Girard", "thomas@gareandco.example", EmploymentType.Franchise, "Gare & Co"),
            new("Sam Carter", "sam.carter@cleanpro.example", EmploymentType.External, "Lyon Part-Dieu Station"),
        };
        string[] first = ["Inès", "Lucas", "Chloé", "Mehdi", "Emma", "Jules", "Sofia", "Noah", "Manon", "Yanis", "Zoé", "Ethan", "Lina", "Arthur", "Jade", "Adam", "Louise", "Rayan", "Alice", "Nathan", "Maya", "Tom", "Sarah", "Enzo"];
        string[] last = ["Petit", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier", "Blanc"];
        for (var i = 0; i < first.Length; i++)
        {
            var location = Locations[i % Locations.Length].Name;
            var type = i % 3 == 0 ? EmploymentType.Permanent : EmploymentType.Seasonal;
            var email = $"{RemoveAccents(first[i]).ToLowerInvariant()}.{RemoveAccents(last[i]).ToLowerInvariant()}@lumiere.example";
            people.Add(new($"{first[i]} {last[i]}", email, type, location));
        }

        return [.. people];
    }

    private static string RemoveAccents(string text) =>
        new([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
}
