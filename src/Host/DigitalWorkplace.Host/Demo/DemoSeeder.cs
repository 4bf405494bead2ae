using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Host.Cli;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Host.Demo;

/// <summary>How to sign in to the demo organization, and how to try joining from a phone.</summary>
internal sealed record DemoSignIn(string Email, string Password, string File, string? JoinPath = null, string? LocationCode = null, string? GuestJoinPath = null);

/// <summary>
/// Seeds the demo café franchise through the modules' contracts, each action taken as the person who would
/// have taken it, so the demo goes through the same validation, authorization and outbox as real use.
/// </summary>
internal sealed class DemoSeeder(IServiceProvider services, DatabaseOptions database, ILogger<DemoSeeder> logger)
{
    private const string SignInFileName = "demo-sign-in.txt";

    /// <summary>Seeds when nobody exists yet; returns the demo sign-in (also on later runs, from its file).</summary>
    public async Task<DemoSignIn?> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(database.DataDirectory, SignInFileName);
        var people = await AsAsync(Guid.Empty, administrator: true, sp => sp.GetRequiredService<IPeopleDirectory>().ListAsync(null, 1, cancellationToken));
        if (people.Items.Count > 0)
        {
            if (!File.Exists(file))
            {
                return null;
            }

            var saved = File.Exists(JoinFile(file)) ? (await File.ReadAllTextAsync(JoinFile(file), cancellationToken)).Split('\n') : [];
            return new DemoSignIn(
                DemoContent.AdministratorEmail, (await File.ReadAllTextAsync(file, cancellationToken)).Trim(), file, saved.ElementAtOrDefault(0), saved.ElementAtOrDefault(1),
                saved.ElementAtOrDefault(2));
        }

        var password = PasswordGenerator.Generate();
        Directory.CreateDirectory(database.DataDirectory);
        await File.WriteAllTextAsync(file, password, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var started = TimeProvider.System.GetTimestamp();
        var ids = await SeedPeopleAsync(password, cancellationToken);
        var random = new Random(2026);
        var administrator = ids[DemoContent.AdministratorEmail];
        var communities = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var community in DemoContent.Communities)
        {
            var members = DemoContent.People.Where(community.Members).Select(p => ids[p.Email]).ToArray();
            var communityId = await SeedCommunityAsync(community, administrator, members, cancellationToken);
            communities[community.Name] = communityId;
            var texts = community.Visibility == CommunityVisibility.Private ? DemoContent.PrivatePostTexts : DemoContent.PostTexts;
            var postCount = community.Visibility == CommunityVisibility.Private ? texts.Length : 24;
            await SeedConversationAsync(communityId, members, texts, postCount, random, cancellationToken);
        }

        await SeedCommunityLifeAsync(administrator, ids, communities, cancellationToken);
        await SeedAnnouncementsAsync(administrator, ids, cancellationToken);
        await SeedValuesAsync(administrator, ids, communities["Airport Teams"], cancellationToken);
        var seasonal = await SeedSeasonsAsync(ids, cancellationToken);
        var apps = await SeedAppsAsync(administrator, cancellationToken);
        await SeedOnboardingAsync(administrator, ids, communities, apps, cancellationToken);
        var guest = await SeedGuestAsync(ids, communities, apps, cancellationToken);
        logger.LogInformation("Demo organization seeded in {Elapsed}", TimeProvider.System.GetElapsedTime(started));
        var joining = $"{seasonal.JoinPath}\n{seasonal.LocationCode}\n{guest}";
        await File.WriteAllTextAsync(JoinFile(file), joining, cancellationToken);
        return new DemoSignIn(DemoContent.AdministratorEmail, password, file, seasonal.JoinPath, seasonal.LocationCode, guest);
    }

    private async Task<Dictionary<string, Guid>> SeedPeopleAsync(string password, CancellationToken cancellationToken)
    {
        await AsAsync(Guid.Empty, administrator: true, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            await organization.EnsureOrgUnitAsync(DemoContent.Organization, OrgUnitKind.Organization, null, cancellationToken);
            await organization.EnsureOrgUnitAsync(DemoContent.HeadOffice, OrgUnitKind.Region, DemoContent.Organization, cancellationToken);
            foreach (var (location, franchisee) in DemoContent.Locations)
            {
                await organization.EnsureOrgUnitAsync(franchisee, OrgUnitKind.Franchisee, DemoContent.Organization, cancellationToken);
                await organization.EnsureOrgUnitAsync(location, OrgUnitKind.Location, franchisee, cancellationToken);
            }

            return Done.Value;
        });

        var ids = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        var startDate = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var person in DemoContent.People)
        {
            var account = new NewAccount(person.Email, person.Name, password, person.Type, person.IsAdministrator, person.OrgUnit, startDate);
            var created = await AsAsync(Guid.Empty, administrator: true, sp => sp.GetRequiredService<IAccountService>().CreateAccountAsync(account, cancellationToken));
            ids[person.Email] = Expect(created).Id;
        }

        return ids;
    }

    private async Task<Guid> SeedCommunityAsync(DemoContent.DemoCommunity community, Guid owner, Guid[] members, CancellationToken cancellationToken)
    {
        var created = Expect(await AsAsync(owner, administrator: true, sp =>
            sp.GetRequiredService<ICommunitiesService>().CreateAsync(community.Name, community.Description, community.Visibility, community.IsOfficial, cancellationToken)));
        foreach (var member in members.Where(m => m != owner))
        {
            var joined = community.Visibility == CommunityVisibility.Public
                ? await AsAsync(member, administrator: false, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(created.Id, cancellationToken))
                : await AsAsync(owner, administrator: true, sp => sp.GetRequiredService<ICommunitiesService>().AddMemberAsync(created.Id, member, cancellationToken));
            Expect(joined);
        }

        return created.Id;
    }

    private async Task SeedCommunityLifeAsync(Guid administrator, Dictionary<string, Guid> ids, Dictionary<string, Guid> communities, CancellationToken cancellationToken)
    {
        foreach (var (name, tags, language) in DemoCommunityLife.Pages)
        {
            var community = Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<ICommunitiesService>().GetAsync(communities[name], cancellationToken)));
            Expect(await AsAsync(administrator, administrator: true, sp =>
                sp.GetRequiredService<ICommunitiesService>().UpdateAsync(community.Id, community.Name, community.Description, community.Visibility, tags, language, cancellationToken)));
        }

        var baristas = communities["Baristas' Corner"];
        var airport = communities["Airport Teams"];
        var station = communities["Station Teams"];
        Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<ICommunitiesService>().SetCharterAsync(baristas, DemoCommunityLife.Charter, cancellationToken)));

        // The weekly huddle, answered by the airport people; the latte art class is full, with someone waiting.
        var nextTuesday = DemoCommunityLife.NextTuesday(DateTime.UtcNow);
        var huddle = Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<ICommunityEvents>().PlanAsync(airport, DemoCommunityLife.WeeklyHuddle(nextTuesday), null, cancellationToken)));
        var airportPeople = DemoContent.People.Where(p => p.OrgUnit.Contains("Airport", StringComparison.Ordinal)).Select(p => ids[p.Email]).ToList();
        foreach (var (person, index) in airportPeople.Select((p, i) => (p, i)))
        {
            var answer = (index % 3) switch { 0 => RsvpResponse.Yes, 1 => RsvpResponse.Maybe, _ => RsvpResponse.No };
            Expect(await AsAsync(person, administrator: false, sp => sp.GetRequiredService<ICommunityEvents>().RespondAsync(huddle.Id, answer, cancellationToken)));
        }

        var latteArt = Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<ICommunityEvents>().PlanAsync(baristas, DemoCommunityLife.LatteArtClass(nextTuesday), null, cancellationToken)));
        var baristaPeople = DemoContent.People.Where(p => p.Type != EmploymentType.External && !p.IsAdministrator).Select(p => ids[p.Email]).Take(4).ToList();
        foreach (var person in baristaPeople)
        {
            // They accept the charter first, as the community page asks them to.
            Expect(await AsAsync(person, administrator: false, sp => sp.GetRequiredService<ICommunitiesService>().AcceptCharterAsync(baristas, 1, cancellationToken)));
            Expect(await AsAsync(person, administrator: false, sp => sp.GetRequiredService<ICommunityEvents>().RespondAsync(latteArt.Id, RsvpResponse.Yes, cancellationToken)));
        }

        // Moderation has something to look at: a report in the Baristas' Corner, and a post held by a keyword rule.
        var reported = Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<IFeedsService>().CommunityFeedAsync(baristas, null, 1, cancellationToken))).Items[0];
        Expect(await AsAsync(baristaPeople[0], administrator: false, sp =>
            sp.GetRequiredService<IFeedsService>().ReportAsync(reported.Id, null, DemoCommunityLife.ReportReason, DemoCommunityLife.ReportDetails, cancellationToken)));
        Expect(await AsAsync(administrator, administrator: true, sp =>
            sp.GetRequiredService<ICommunitiesService>().SetPublishingRulesAsync(station, false, [new KeywordRuleDto(DemoCommunityLife.HoldWord, KeywordAction.Hold)], cancellationToken)));
        var stationPerson = DemoContent.People.First(p => p.OrgUnit.Contains("Station", StringComparison.Ordinal) || p.OrgUnit.Contains("Gare", StringComparison.Ordinal));
        Expect(await AsAsync(ids[stationPerson.Email], administrator: false, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(station, DemoCommunityLife.HeldPost, null, cancellationToken)));
    }

    /// <summary>Communications announces to everyone: a must-read that about half acknowledged (the demo's administrator has not, so it is on their task list) and a plain one.</summary>
    private async Task SeedAnnouncementsAsync(Guid administrator, Dictionary<string, Guid> ids, CancellationToken cancellationToken)
    {
        var communications = ids[DemoAnnouncements.CommunicationsEmail];
        var everyone = Expect(await AsAsync(administrator, administrator: true, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            Expect(await organization.GrantRoleAsync(communications, PlatformRole.Communications, null, cancellationToken));
            var root = await organization.EnsureOrgUnitAsync(DemoContent.Organization, OrgUnitKind.Organization, null, cancellationToken);
            return await organization.CreateAudienceAsync(new NewAudience(DemoAnnouncements.EveryoneAudience, OrgUnitIds: [root]), cancellationToken);
        }));
        var allergens = Expect(await AsAsync(communications, administrator: false, sp =>
            sp.GetRequiredService<IAnnouncements>().PublishAsync(DemoAnnouncements.AllergenCard(everyone, DateTimeOffset.UtcNow), null, cancellationToken)));
        Expect(await AsAsync(communications, administrator: false, sp =>
            sp.GetRequiredService<IAnnouncements>().PublishAsync(DemoAnnouncements.HolidayHours(everyone), null, cancellationToken)));
        var staff = DemoContent.People.Where(p => !p.IsAdministrator && p.Email != DemoAnnouncements.CommunicationsEmail).Select(p => ids[p.Email]).ToList();
        foreach (var (person, index) in staff.Select((p, i) => (p, i)))
        {
            // Every other person acknowledged; one in three of the rest at least opened it.
            var answer = (IAnnouncements service) => index % 2 == 0 ? service.AcknowledgeAsync(allergens.Id, cancellationToken)
                : index % 3 == 0 ? service.MarkReadAsync(allergens.Id, cancellationToken)
                : Task.FromResult<Result<AnnouncementDto>>(allergens);
            Expect(await AsAsync(person, administrator: false, sp => answer(sp.GetRequiredService<IAnnouncements>())));
        }
    }

    /// <summary>The brand values, and a few thanks among the airport team, so the values wall has something to show.</summary>
    private async Task SeedValuesAsync(Guid administrator, Dictionary<string, Guid> ids, Guid airport, CancellationToken cancellationToken)
    {
        var values = new List<BrandValueDto>();
        foreach (var value in DemoValues.Values)
        {
            values.Add(Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<IBrandValues>().CreateAsync(value, cancellationToken))));
        }

        var airportPeople = DemoContent.People.Where(p => p.OrgUnit.Contains("Airport", StringComparison.Ordinal)).Select(p => ids[p.Email]).ToList();
        foreach (var (author, thanked, value, text) in DemoValues.Thanks)
        {
            var recognition = new RecognitionInput(values[value].Id, [.. thanked.Select(i => airportPeople[i])]);
            Expect(await AsAsync(airportPeople[author], administrator: false, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(airport, text, null, cancellationToken, recognition)));
        }

        // A photo of the new terrace, and a poll the team is answering.
        var photo = Expect(await AsAsync(airportPeople[2], administrator: false, sp => sp.GetRequiredService<IAttachments>().UploadAsync(DemoValues.TerracePicture(), "terrace.png", cancellationToken)));
        Expect(await AsAsync(airportPeople[2], administrator: false, sp =>
            sp.GetRequiredService<IFeedsService>().PublishPostAsync(airport, DemoValues.TerracePost, null, cancellationToken, attachmentIds: [photo.Id])));
        var poll = Expect(await AsAsync(airportPeople[0], administrator: false, sp =>
            sp.GetRequiredService<IFeedsService>().PublishPostAsync(airport, DemoValues.PollQuestion, null, cancellationToken, poll: new PollInput(DemoValues.PollAnswers, ClosesAt: DateTimeOffset.UtcNow.AddDays(5)))));
        foreach (var (person, index) in airportPeople.Skip(1).Select((p, i) => (p, i)))
        {
            Expect(await AsAsync(person, administrator: false, sp => sp.GetRequiredService<IFeedsService>().VoteAsync(poll.Id, [index % 3 == 0 ? 1 : index % 2], cancellationToken)));
        }
    }

    private async Task SeedConversationAsync(Guid communityId, Guid[] members, string[] texts, int postCount, Random random, CancellationToken cancellationToken)
    {
        for (var i = 0; i < postCount; i++)
        {
            var author = members[random.Next(members.Length)];
            var post = Expect(await AsAsync(author, administrator: false, sp =>
                sp.GetRequiredService<IFeedsService>().PublishPostAsync(communityId, texts[i % texts.Length], null, cancellationToken)));
            for (var c = random.Next(0, 4); c > 0; c--)
            {
                var text = DemoContent.CommentTexts[random.Next(DemoContent.CommentTexts.Length)];
                Expect(await AsAsync(members[random.Next(members.Length)], administrator: false, sp =>
                    sp.GetRequiredService<IFeedsService>().AddCommentAsync(post.Id, text, null, cancellationToken)));
            }

            foreach (var reader in members.OrderBy(_ => random.Next()).Take(random.Next(0, 7)))
            {
                var kind = ReactionKinds.All[random.Next(ReactionKinds.All.Count)];
                Expect(await AsAsync(reader, administrator: false, sp => sp.GetRequiredService<IFeedsService>().ReactAsync(post.Id, kind, cancellationToken)));
            }
        }
    }

    /// <summary>
    /// This season's seasonal staff; next summer's, still being hired: an invitation not yet used (to try the QR sign-up)
    /// and an airport location code that needs the manager's approval; the franchisees run their own people.
    /// </summary>
    private async Task<(string JoinPath, string LocationCode)> SeedSeasonsAsync(Dictionary<string, Guid> ids, CancellationToken cancellationToken) =>
        await AsAsync(Guid.Empty, administrator: true, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            // Created with the people; only their ids are needed here.
            var units = (await organization.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Name, u => u.Id, StringComparer.Ordinal);

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var locations = DemoContent.Locations.Select(l => units[l.Name]).ToList();
            var current = Expect(await organization.CreateSeasonAsync(DemoContent.CurrentSeasonName(today), today.AddDays(-14), today.AddDays(120), locations, cancellationToken));
            var seasonal = DemoContent.People.Where(p => p.Type == EmploymentType.Seasonal).Select(p => ids[p.Email]).ToList();
            Expect(await organization.AddToSeasonAsync(current, seasonal, cancellationToken));

            var summerStart = new DateOnly(today.Month <= 6 ? today.Year : today.Year + 1, 6, 1);
            var summer = Expect(await organization.CreateSeasonAsync($"Summer {summerStart.Year}", summerStart, summerStart.AddMonths(4).AddDays(-1), locations, cancellationToken));
            var airport = units[DemoContent.Locations[0].Name];
            var link = Expect(await organization.InviteAsync("Jeanne Roussel", airport, EmploymentType.Seasonal, summer, cancellationToken));
            var code = Expect(await organization.CreateLocationCodeAsync(airport, summer, requiresApproval: true, expiresInDays: 90, cancellationToken));

            foreach (var owner in DemoContent.People.Where(p => p.Type == EmploymentType.Franchise))
            {
                Expect(await organization.GrantRoleAsync(ids[owner.Email], PlatformRole.FranchiseeAdmin, units[owner.OrgUnit], cancellationToken));
            }

            return (link, code);
        });

    private async Task SeedOnboardingAsync(
        Guid administrator, Dictionary<string, Guid> ids, Dictionary<string, Guid> communities, Dictionary<string, Guid> apps, CancellationToken cancellationToken)
    {
        var newcomers = Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<IOrganizationService>().CreateAudienceAsync(
            new NewAudience("Seasonal and franchise staff", EmploymentTypes: [EmploymentType.Seasonal, EmploymentType.Franchise]), cancellationToken)));
        // Written in English with its French beside it (the track editor's two columns): each person reads their language.
        static Dictionary<string, StepText> French(string title, string markdown) => new() { ["fr"] = new StepText(title, markdown) };
        static Dictionary<string, QuestionText> FrenchQuestion(string text, params string[] choices) => new() { ["fr"] = new QuestionText(text, choices) };
        var track = new NewTrack(
            "Welcome to Café Lumière",
            "Your first day: our story, our values and the basics of a perfect coffee. About 20 minutes.",
            [newcomers],
            DueInDaysAfterStart: 3,
            [
                new NewStep(StepKind.Content, "Our story", "Café Lumière opened its first counter in **Lyon Part-Dieu** in 2009. Today we serve travellers in airports and stations across France.", [],
                    Translations: French("Notre histoire", "Café Lumière a ouvert son premier comptoir à **Lyon Part-Dieu** en 2009. Aujourd'hui, nous servons les voyageurs dans les aéroports et les gares de toute la France.")),
                new NewStep(StepKind.Content, "Our values", "1. **Warmth** — every traveller is a guest.\n2. **Craft** — every cup is made with care.\n3. **Speed with a smile** — a café in under 90 seconds.", [],
                    Translations: French("Nos valeurs", "1. **Chaleur** — chaque voyageur est un invité.\n2. **Savoir-faire** — chaque tasse est préparée avec soin.\n3. **Rapidité avec le sourire** — un café en moins de 90 secondes.")),
                new NewStep(StepKind.Acknowledgement, "Hygiene charter", "- Wash your hands before every shift and after every break.\n- Hair tied back, no jewellery at the counter.\n- Allergens: always ask, never guess.", [],
                    Translations: French("Charte d'hygiène", "- Lavez-vous les mains avant chaque service et après chaque pause.\n- Cheveux attachés, pas de bijoux au comptoir.\n- Allergènes : toujours demander, ne jamais deviner.")),
                new NewStep(StepKind.Quiz, "Coffee basics", "Three questions to check the essentials, drawn from four and shuffled at each attempt.",
                [
                    new NewQuestion("How many grams of ground coffee go into a double espresso?", ["7 g", "18 g", "30 g"], [1],
                        Translations: FrenchQuestion("Combien de grammes de café moulu pour un double espresso ?", "7 g", "18 g", "30 g")),
                    new NewQuestion("What is our promise at stations?", ["A café in under 90 seconds", "Free refills", "Table service"], [0],
                        Translations: FrenchQuestion("Quelle est notre promesse en gare ?", "Un café en moins de 90 secondes", "Des recharges gratuites", "Le service à table")),
                    new NewQuestion("When do you purge the steam wand?", ["Never", "Once a day", "Before and after each milk"], [2],
                        Translations: FrenchQuestion("Quand purger la buse vapeur ?", "Jamais", "Une fois par jour", "Avant et après chaque lait")),
                    new NewQuestion("Which of these must we flag to a guest as allergens?", ["Milk", "Water", "Hazelnut syrup", "Ice"], [0, 2], MultipleChoice: true,
                        Translations: FrenchQuestion("Lesquels faut-il signaler comme allergènes ?", "Le lait", "L'eau", "Le sirop de noisette", "Les glaçons")),
                ], PassMarkPercent: 67, QuestionsPerAttempt: 3,
                Translations: French("Les bases du café", "Trois questions pour vérifier l'essentiel, tirées parmi quatre et mélangées à chaque essai.")),
                new NewStep(StepKind.JoinCommunity, "Meet the other baristas", "Latte art, grind settings and the tricks of the trade: ask your questions there.", [],
                    Translations: French("Rencontrez les autres baristas", "Latte art, réglages de mouture et astuces du métier : posez-y vos questions."), TargetId: communities["Baristas' Corner"]),
                new NewStep(StepKind.OpenApp, "Find your shifts", "Open the Shift Planner: your account signs you in, and your first week is there.", [],
                    Translations: French("Trouvez vos créneaux", "Ouvrez le planning : votre compte vous y connecte, votre première semaine y est."), TargetId: apps["Shift Planner"]),
                new NewStep(StepKind.SignOff, "Your first espresso, with your manager", "Make a double espresso and a cappuccino in front of your manager; they sign it off on the spot.", [],
                    Translations: French("Votre premier espresso, avec votre responsable", "Préparez un double espresso et un cappuccino devant votre responsable, qui valide sur place.")),
            ],
            Translations: new Dictionary<string, TrackText> { ["fr"] = new("Bienvenue chez Café Lumière", "Votre premier jour : notre histoire, nos valeurs et les bases d'un café parfait. Environ 20 minutes.") });
        var trackId = Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<IOnboardingAdministration>().CreateTrackAsync(track, cancellationToken)));
        // A yearly refresher that opens once the welcome track is done.
        var foodSafety = new NewTrack(
            "Food safety refresher",
            "Every 12 months: the cold chain and allergens, in five minutes.",
            [newcomers],
            DueInDaysAfterStart: 30,
            [
                new NewStep(StepKind.Content, "The cold chain", "- Milk and pastries below **4 °C**.\n- Check and log the fridge temperature at opening.", [],
                    Translations: French("La chaîne du froid", "- Lait et pâtisseries sous **4 °C**.\n- Relevez la température du réfrigérateur à l'ouverture.")),
                new NewStep(StepKind.Acknowledgement, "Allergens", "The 14 allergens are on every recipe card. When in doubt, ask your manager before serving.", [],
                    Translations: French("Allergènes", "Les 14 allergènes figurent sur chaque fiche recette. En cas de doute, demandez à votre responsable avant de servir.")),
            ],
            Translations: new Dictionary<string, TrackText> { ["fr"] = new("Recyclage hygiène alimentaire", "Tous les 12 mois : la chaîne du froid et les allergènes, en cinq minutes.") },
            PrerequisiteIds: [trackId],
            RefreshAfterMonths: 12);
        Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<IOnboardingAdministration>().CreateTrackAsync(foodSafety, cancellationToken)));

        // Lucas has read and accepted the first pages and made his espresso: his sign-off waits in the managers' queue.
        var lucas = ids[DemoContent.People.First(p => p.Type == EmploymentType.Seasonal).Email];
        await AsAsync(lucas, administrator: false, async sp =>
        {
            var onboarding = sp.GetRequiredService<IOnboardingService>();
            var steps = Expect(await onboarding.GetTrackAsync(trackId, cancellationToken)).Steps;
            foreach (var step in steps.Where(s => s.Kind is StepKind.Content or StepKind.Acknowledgement))
            {
                Expect(await onboarding.CompleteStepAsync(trackId, step.Id, cancellationToken));
            }

            return Expect(await onboarding.RequestSignOffAsync(trackId, steps.Single(s => s.Kind == StepKind.SignOff).Id, cancellationToken));
        });
    }

    /// <summary>A photographer from an agency, for the summer campaign: the brand's news and the recipe book, for six weeks.</summary>
    private async Task<string> SeedGuestAsync(Dictionary<string, Guid> ids, Dictionary<string, Guid> communities, Dictionary<string, Guid> apps, CancellationToken cancellationToken)
    {
        var sponsor = ids[DemoContent.GuestSponsorEmail];
        return Expect(await AsAsync(sponsor, administrator: true, sp => sp.GetRequiredService<IOrganizationService>().InviteGuestAsync(
            DemoContent.GuestName, sponsor, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(42), [communities[DemoContent.Communities[0].Name]], [apps["Recipe book"]], cancellationToken)));
    }

    private async Task<Dictionary<string, Guid>> SeedAppsAsync(Guid administrator, CancellationToken cancellationToken)
    {
        NewApp[] apps =
        [
            new("Shift Planner", "Your shifts and swaps — signs you in with your Café Lumière account.", new Uri("http://localhost:5100/"), "shift-planner",
                [new Uri("http://localhost:5100/signin-oidc")], [new Uri("http://localhost:5100/signout-callback-oidc")], Category: "Shifts and pay"),
            new("Payslips", "Your payslips and tax documents.", new Uri("https://payslips.example/"), null, [], [], Category: "Shifts and pay"),
            new("Recipe book", "Every recipe card, allergens included.", new Uri("https://recipes.example/"), null, [], [], Category: "Training"),
            new("Franchise portal", "Orders and invoices, signed in with the franchisor's own account.", new Uri("https://portal.lumiere.example/deep/home"), null, [], [],
                Kind: AppKind.Federated, Category: "Franchise"),
        ];
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var app in apps)
        {
            ids[app.Name] = Expect(await AsAsync(administrator, administrator: true, sp => sp.GetRequiredService<ILauncherService>().RegisterAppAsync(app, cancellationToken))).Id;
        }

        return ids;
    }

    private async Task<T> AsAsync<T>(Guid personId, bool administrator, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(personId, administrator);
        return await action(scope.ServiceProvider);
    }

    private static string JoinFile(string signInFile) => Path.Combine(Path.GetDirectoryName(signInFile)!, "demo-join.txt");

    private static T Expect<T>(Result<T> result) =>
        result.IsSuccess ? result.Value! : throw new InvalidOperationException($"Demo seed failed: {result.Error!.Code} {result.Error.Message}");
}
