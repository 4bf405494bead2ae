using System.Globalization;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DigitalWorkplace.EndToEnd.Tests;

/// <summary>Posts that carry the brand (#9), through the real UI in Chromium: announcements, recognition, rich posts.</summary>
public sealed class BrandBrowserTests(ConnectedKestrelPlatform platform, BrowserFixture browser) : IClassFixture<ConnectedKestrelPlatform>
{
    [Fact]
    public async Task AMustRead_PublishedOnADesktop_IsAcknowledgedOnAPhone_AndTheAuthorSeesTheReachChart()
    {
        var terminal = await platform.NewLocationAsync("Terminal 2");
        var reader = await platform.CreateUserAsync("Inès Saisonnière", EmploymentType.Seasonal, location: terminal.Name);
        await platform.CreateUserAsync("Lucas Seasonal", EmploymentType.Seasonal, location: terminal.Name);
        var audience = await platform.CreateAudienceOverAsync(terminal.Id);
        var author = await platform.CreateUserAsync("Comms desk");
        await platform.GrantRoleAsync(author, PlatformRole.Communications);
        var title = $"Allergen card {Guid.NewGuid().ToString("N")[..6]}";
        await using var desktop = await browser.NewDesktopAsync(platform.Address);
        var authorPage = await desktop.SignInAsync(author);

        await authorPage.GotoAsync("/announcements");
        await authorPage.GetByRole(AriaRole.Link, new() { Name = "New announcement" }).ClickAsync();
        await authorPage.GetByLabel("Title").FillAsync(title);
        await authorPage.GetByLabel("Message").FillAsync("Read the **new card** before your next shift.");
        await authorPage.Locator($"input[name=audienceIds][value='{audience}']").CheckAsync();
        await authorPage.GetByLabel("Readers must confirm they have read it").CheckAsync();
        await authorPage.GetByLabel("Acknowledge before (date)").FillAsync(DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await authorPage.ScreenshotAsync("announcement-new");
        await authorPage.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(authorPage.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(authorPage.Locator("#reach-totals")).ToHaveTextAsync("Reached 2 people · 0 opened it · 0 acknowledged");
        var announcementUrl = authorPage.Url;

        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(reader);
        var task = page.GetByRole(AriaRole.Region, new() { Name = "Mes tâches" }).GetByRole(AriaRole.Link, new() { Name = $"Lire et confirmer : {title}" });
        await Expect(task).ToBeVisibleAsync();
        await page.ScreenshotAsync("announcement-task-fr");
        await task.ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("new card");
        await page.GetByRole(AriaRole.Button, new() { Name = "J'ai lu et compris" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Merci : votre confirmation est enregistrée.");
        await page.ScreenshotAsync("announcement-acknowledged-fr");
        await page.GotoAsync("/");
        await Expect(task).ToHaveCountAsync(0);

        await authorPage.GotoAsync(announcementUrl);
        await Expect(authorPage.Locator("#reach-totals")).ToHaveTextAsync("Reached 2 people · 1 opened it · 1 acknowledged");
        var chart = authorPage.GetByRole(AriaRole.Figure, new() { Name = "Reach by location" });
        await Expect(chart.Locator("svg[role=img]")).ToBeVisibleAsync();
        await Expect(chart.GetByRole(AriaRole.Row, new() { Name = terminal.Name })).ToContainTextAsync("211");
        await authorPage.GetByRole(AriaRole.Link, new() { Name = "Still to do" }).ClickAsync();
        await Expect(authorPage.Locator("#recipients")).ToContainTextAsync("Lucas Seasonal");
        await Expect(authorPage.Locator("#recipients")).Not.ToContainTextAsync("Inès Saisonnière");
        await authorPage.GetByRole(AriaRole.Button, new() { Name = "Remind them" }).ClickAsync();
        await Expect(authorPage.Locator("#reminded")).ToHaveTextAsync("Reminder sent to 1 person(s).");
        await authorPage.ScreenshotAsync("announcement-reach");
    }

    [Fact]
    public async Task ARecognition_WrittenOnAPhone_ThanksAColleague_WhoIsTold_AndTheValuesWallShowsIt()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var value = await platform.AsAsync(null, sp => sp.GetRequiredService<IBrandValues>().CreateAsync(
            new BrandValueInput("🌟", $"Guests first {unique}", $"Le client d'abord {unique}", "Every guest leaves happier.", "Chaque client repart plus heureux.", 0), CancellationToken.None));
        Assert.True(value.IsSuccess, value.Error?.Message);
        var author = await platform.CreateUserAsync("Jade Reconnaissante");
        var colleague = await platform.CreateUserAsync($"Rayan {unique}");
        var community = await platform.AsAsync(author, sp => sp.GetRequiredService<ICommunitiesService>().CreateAsync($"Gare {unique}", "", CommunityVisibility.Public, CancellationToken.None));
        Assert.True((await platform.AsAsync(colleague, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(community.Value!.Id, CancellationToken.None))).IsSuccess);
        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(author);

        await page.GetByRole(AriaRole.Link, new() { Name = "Remercier un collègue" }).First.ClickAsync();
        await page.GetByLabel($"Le client d'abord {unique}").CheckAsync();
        await page.GetByLabel("Chercher par nom").FillAsync($"Rayan {unique}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chercher" }).ClickAsync();
        await page.ScreenshotAsync("recognition-find-fr");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Rayan {unique}" }).CheckAsync();
        await page.GetByLabel("Ce qu'ils ont fait").FillAsync("A sauvé le rush du matin !");
        await page.ScreenshotAsync("recognition-form-fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remercier", Exact = true }).ClickAsync();
        await Expect(page.Locator("article.post .recognition")).ToContainTextAsync($"Merci à Rayan {unique} pour");
        await Expect(page.Locator("article.post .recognition")).ToContainTextAsync($"Le client d'abord {unique}");
        await page.ScreenshotAsync("recognition-post-fr");

        await using var desktop = await browser.NewDesktopAsync(platform.Address);
        var colleaguePage = await desktop.SignInAsync(colleague);
        Assert.True(await Pages.NotifiedAsync(colleaguePage, "Thanked you") > 0);
        await colleaguePage.GotoAsync($"/values?value={value.Value!.Id}");
        var byValue = colleaguePage.GetByRole(AriaRole.Figure, new() { Name = "Recognitions by value" });
        await Expect(byValue.GetByRole(AriaRole.Row, new() { Name = $"Guests first {unique}" })).ToContainTextAsync("1");
        await Expect(colleaguePage.Locator("#feed article.post")).ToContainTextAsync("A sauvé le rush du matin !");
        await colleaguePage.ScreenshotAsync("values-wall");
    }

    [Fact]
    public async Task APhoto_PostedFromAPhone_ShowsInTheFeed_AndAnOversizedFileIsRefusedWithNothingPosted()
    {
        var author = await platform.CreateUserAsync("Zoé Photographe");
        var name = $"Terrasse {Guid.NewGuid().ToString("N")[..6]}";
        var community = await platform.AsAsync(author, sp => sp.GetRequiredService<ICommunitiesService>().CreateAsync(name, "", CommunityVisibility.Public, CancellationToken.None));
        Assert.True(community.IsSuccess, community.Error?.Message);
        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(author);

        await page.GetByLabel("Message").FillAsync("La nouvelle terrasse est prête !");
        await page.GetByLabel("Photos et fichiers (facultatif)").SetInputFilesAsync(new FilePayload
        {
            Name = "terrasse.jpg",
            MimeType = "image/jpeg",
            Buffer = TestImages.JpegWithExif(2400, 1800, "GPS-SECRET"),
        });
        await page.ScreenshotAsync("photo-compose-fr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();

        var post = page.Post("La nouvelle terrasse est prête !");
        var picture = post.Locator(".post-images img");
        await Expect(picture).ToHaveAttributeAsync("alt", "Image 1 sur 1 partagée par Zoé Photographe");
        await Expect(picture).ToHaveAttributeAsync("width", "1600");
        Assert.True(await picture.EvaluateAsync<bool>("img => img.decode().then(() => img.naturalWidth === 1600)"));
        await page.ScreenshotAsync("photo-in-feed-fr");

        await page.GetByLabel("Message").FillAsync("Trop lourd");
        await page.GetByLabel("Photos et fichiers (facultatif)").SetInputFilesAsync(new FilePayload
        {
            Name = "plan.pdf",
            MimeType = "application/pdf",
            Buffer = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[AttachmentLimits.MaxBytes]],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Expect(page.Locator("#composer-files-errors")).ToContainTextAsync("10 Mo au plus chacun.");
        await Expect(page.Post("Trop lourd")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AMention_PickedFromTheSuggestions_TellsTheColleague()
    {
        // Letters only: a name is what the "@" suggestions look for.
        var unique = string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('k' + (c % 10))));
        var author = await platform.CreateUserAsync("Emma Mentionne");
        var colleague = await platform.CreateUserAsync($"Nathan Zorglub{unique}");
        var community = await platform.AsAsync(author, sp => sp.GetRequiredService<ICommunitiesService>().CreateAsync($"Quai {unique}", "", CommunityVisibility.Public, CancellationToken.None));
        Assert.True((await platform.AsAsync(colleague, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(community.Value!.Id, CancellationToken.None))).IsSuccess);
        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(author);

        var message = page.GetByLabel("Message");
        await message.ClickAsync();
        await message.PressSequentiallyAsync($"Bravo @Zorglub{unique}");
        var suggestion = page.GetByRole(AriaRole.Option, new() { Name = $"Nathan Zorglub{unique}" });
        await Expect(suggestion).ToBeVisibleAsync();
        await page.ScreenshotAsync("mention-suggestions-fr");
        await message.PressAsync("Enter");
        await Expect(message).ToHaveValueAsync($"Bravo @[Nathan Zorglub{unique}](/people/{colleague.Id}) ");
        await message.PressSequentiallyAsync("pour le service !");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier" }).ClickAsync();
        await Expect(page.Post("pour le service !").GetByRole(AriaRole.Link, new() { Name = $"Nathan Zorglub{unique}" })).ToHaveAttributeAsync("href", $"/people/{colleague.Id}");

        await using var desktop = await browser.NewDesktopAsync(platform.Address);
        var colleaguePage = await desktop.SignInAsync(colleague);
        Assert.True(await Pages.NotifiedAsync(colleaguePage, "Mentioned you") > 0);
        await colleaguePage.ScreenshotAsync("mention-notification");

        // Mentions turned off and quiet hours set from the centre's settings.
        await colleaguePage.GetByText("Settings").ClickAsync();
        await colleaguePage.GetByLabel("Mentions", new() { Exact = true }).UncheckAsync();
        await colleaguePage.GetByLabel("From", new() { Exact = true }).FillAsync("22:00");
        await colleaguePage.GetByLabel("To", new() { Exact = true }).FillAsync("06:00");
        await colleaguePage.GetByLabel("Weekly", new() { Exact = true }).CheckAsync();
        await colleaguePage.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(colleaguePage.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved.");
        await Expect(colleaguePage.GetByLabel("Mentions", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Expect(colleaguePage.GetByLabel("Weekly", new() { Exact = true })).ToBeCheckedAsync();
        await colleaguePage.ScreenshotAsync("notification-settings");
    }

    [Fact]
    public async Task APoll_IsAnsweredOnAPhone_AndTheCountsFollow()
    {
        var author = await platform.CreateUserAsync("Sondeur");
        var voter = await platform.CreateUserAsync("Votante");
        var community = await platform.AsAsync(author, sp => sp.GetRequiredService<ICommunitiesService>().CreateAsync($"Équipe {Guid.NewGuid().ToString("N")[..6]}", "", CommunityVisibility.Public, CancellationToken.None));
        Assert.True((await platform.AsAsync(voter, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(community.Value!.Id, CancellationToken.None))).IsSuccess);
        var post = await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(
            community.Value!.Id, "Quel soir pour la fête ?", null, CancellationToken.None, poll: new PollInput(["Vendredi", "Samedi"], ClosesAt: DateTimeOffset.UtcNow.AddDays(3))));
        Assert.True(post.IsSuccess, post.Error?.Message);
        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(voter);

        var poll = page.Post("Quel soir pour la fête ?").Locator(".poll");
        await poll.GetByLabel("Samedi").CheckAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Voter" }).ClickAsync();

        poll = page.Post("Quel soir pour la fête ?").Locator(".poll");
        await Expect(poll.GetByLabel("Samedi")).ToBeCheckedAsync();
        await Expect(poll.Locator("[data-option='1'] .poll-count")).ToHaveTextAsync("1");
        await Expect(poll.Locator("[data-poll-voters]")).ToHaveTextAsync("1");
        await Expect(poll.GetByRole(AriaRole.Button, new() { Name = "Changer mon vote" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("poll-voted-fr");
    }

    [Fact]
    public async Task APost_IsAnsweredByAReply_AndEditedByItsAuthor_WithItsHistoryKept()
    {
        var author = await platform.CreateUserAsync("Autrice");
        var reader = await platform.CreateUserAsync("Lectrice");
        var community = await platform.AsAsync(author, sp => sp.GetRequiredService<ICommunitiesService>().CreateAsync($"Comptoir {Guid.NewGuid().ToString("N")[..6]}", "", CommunityVisibility.Public, CancellationToken.None));
        Assert.True((await platform.AsAsync(reader, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(community.Value!.Id, CancellationToken.None))).IsSuccess);
        var post = (await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(community.Value!.Id, "Fermeture à 20 h", null, CancellationToken.None))).Value!;
        Assert.True((await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().AddCommentAsync(post.Id, "Qui ferme ?", null, CancellationToken.None))).IsSuccess);
        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(reader);

        await page.GotoAsync($"/posts/{post.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Répondre" }).ClickAsync();
        await Expect(page.Locator("#replying-to")).ToContainTextAsync("Réponse à Autrice.");
        await page.Locator("#comment-markdown").FillAsync("Moi, ce soir");
        await page.Locator("#comment-form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".reply-list .comment")).ToContainTextAsync("Moi, ce soir");
        await page.ScreenshotAsync("reply-fr");

        await using var desktop = await browser.NewDesktopAsync(platform.Address);
        var authorPage = await desktop.SignInAsync(author);
        await authorPage.GotoAsync($"/posts/{post.Id}");
        await authorPage.GetByText("Edit or delete").ClickAsync();
        await authorPage.Locator("#edit-markdown").FillAsync("Fermeture à **21 h**");
        await authorPage.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Expect(authorPage.Locator("article.post .post-body")).ToContainTextAsync("21 h");
        await Expect(authorPage.Locator("article.post .post-edited")).ToContainTextAsync("edited");
        await authorPage.GetByText("Earlier versions").ClickAsync();
        await Expect(authorPage.Locator(".revision-list")).ToContainTextAsync("Fermeture à 20 h");
        await authorPage.ScreenshotAsync("post-edited");
    }

    [Fact]
    public async Task APostInEnglish_IsTranslatedForAFrenchReaderOnAPhone_AndTheOriginalIsOneTapAway()
    {
        var author = await platform.CreateUserAsync("Manager Heathrow");
        var reader = await platform.CreateUserAsync("Lectrice Orly");
        var community = await platform.AsAsync(author, sp => sp.GetRequiredService<ICommunitiesService>().CreateAsync($"Network {Guid.NewGuid().ToString("N")[..6]}", "", CommunityVisibility.Public, CancellationToken.None));
        Assert.True((await platform.AsAsync(reader, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(community.Value!.Id, CancellationToken.None))).IsSuccess);
        Assert.True((await platform.AsAsync(author, sp => sp.GetRequiredService<IFeedsService>().PublishPostAsync(community.Value!.Id, "Good morning **team**, the winter menu is ready", null, CancellationToken.None))).IsSuccess);
        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(reader);

        await page.Post("the winter menu is ready").GetByRole(AriaRole.Link, new() { Name = "Traduire" }).ClickAsync();

        var body = page.Locator("article.post .post-body[lang=fr]");
        await Expect(body).ToHaveTextAsync("bonjour équipe, le hiver carte est prête");
        await Expect(page.Locator("article.post .translation-note")).ToContainTextAsync("Traduit depuis : English");
        await page.ScreenshotAsync("post-translated-fr");
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir l'original" }).ClickAsync();
        await Expect(page.Locator("article.post .post-body")).ToHaveTextAsync("Good morning team, the winter menu is ready");
    }
}
