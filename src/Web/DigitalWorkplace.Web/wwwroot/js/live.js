// Live updates for feeds and comments, as a progressive enhancement: every page works without this file.
// Loaded once per browser tab (App.razor). Blazor's enhanced navigation swaps the page's DOM without reloading
// scripts, so the single SignalR connection lives for the whole tab and every handler looks up the *current* DOM;
// after each enhanced navigation the page is simply scanned again.

const hubPath = "/hubs/live";
const seenComments = new Set();
let connection = null;
let starting = null;

function pageWantsLive() {
    return document.getElementById("feed") !== null || document.getElementById("comments") !== null;
}

function strings() {
    const announcer = document.getElementById("live-announcer");
    return {
        announcer,
        newPost: announcer?.dataset.newPost ?? "New post from {0}",
        newComment: announcer?.dataset.newComment ?? "New comment from {0}",
        newNotification: announcer?.dataset.newNotification ?? "New notification",
        comments: announcer?.dataset.comments ?? "Comments",
        external: announcer?.dataset.external ?? "External",
        me: announcer?.dataset.personId ?? "",
    };
}

function announce(template, name) {
    const { announcer } = strings();
    if (announcer) {
        // Clearing first, so that the same sentence twice in a row is still announced.
        announcer.textContent = "";
        window.setTimeout(() => { announcer.textContent = template.replace("{0}", name); }, 50);
    }
}

function initials(name) {
    return name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0].toUpperCase()).join("");
}

function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
}

function timeElement(iso) {
    const time = element("time");
    time.dateTime = iso;
    time.dataset.localTime = "";
    time.textContent = iso;
    localizeTime(time);
    return time;
}

const timeFormat = () => new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: "medium", timeStyle: "short" });

function localizeTime(time) {
    const at = new Date(time.dateTime);
    if (!Number.isNaN(at.getTime())) {
        time.textContent = timeFormat().format(at);
        time.title = at.toString();
    }
}

function localizeTimes() {
    document.querySelectorAll("time[data-local-time]").forEach(localizeTime);
}

// The feed renders an empty copy of a post's reaction buttons in a <template> (with the page's antiforgery token);
// without it, a new post gets just its comment link.
function renderActions(postId, text) {
    const template = document.getElementById("live-post-actions");
    if (template instanceof HTMLTemplateElement) {
        const footer = template.content.firstElementChild.cloneNode(true);
        footer.querySelectorAll('input[name="postId"]').forEach((input) => { input.value = postId; });
        // Enhanced navigation may keep an older page's template: come back to the page shown now.
        footer.querySelectorAll('input[name="returnUrl"]').forEach((input) => { input.value = location.pathname + location.search; });
        footer.querySelector("a.comment-link")?.setAttribute("href", `/posts/${postId}#comments`);
        return footer;
    }
    const footer = element("footer", "post-actions");
    const comments = element("a", "comment-link");
    comments.href = `/posts/${postId}#comments`;
    const count = element("span", "count", "0");
    count.dataset.commentCount = "";
    comments.append(element("span", "", text.comments), count);
    footer.append(comments);
    return footer;
}

// The author's name goes in as text; the post's HTML was rendered from Markdown and sanitised by the Feeds module.
function renderPost(post) {
    const text = strings();
    const article = element("article", "post is-new");
    article.id = `post-${post.postId}`;
    article.dataset.postId = post.postId;
    article.dataset.communityId = post.communityId;

    const header = element("header", "post-header");
    const avatar = element("span", "avatar", post.authorPhotoUrl ? "" : initials(post.authorName));
    avatar.setAttribute("aria-hidden", "true");
    if (post.authorPhotoUrl) {
        const photo = element("img");
        photo.src = post.authorPhotoUrl;
        photo.alt = "";
        photo.width = 40;
        photo.height = 40;
        avatar.append(photo);
    }
    const who = element("div");
    const author = element("p", "post-author", post.authorName);
    if (post.authorIsExternal) author.append(" ", externalTag());
    author.id = `post-${post.postId}-author`;
    article.setAttribute("aria-labelledby", author.id);
    const meta = element("p", "post-meta");
    const link = element("a", "post-time");
    link.href = `/posts/${post.postId}`;
    link.append(timeElement(post.publishedAt));
    meta.append(link);
    who.append(author, meta);
    header.append(avatar, who);

    const body = element("div", "post-body");
    body.innerHTML = post.html;

    const footer = renderActions(post.postId, text);

    article.append(header, body, footer);
    const item = element("li");
    item.append(article);
    return item;
}

// The same mark the server draws (ExternalTag.razor) for a guest or a contractor.
function externalTag() {
    return element("span", "tag tag-external", strings().external);
}

function onPostPublished(post) {
    const feed = document.getElementById("feed");
    // Older pages (?after=...) only hold older posts; new ones belong on the first page.
    if (!feed || new URLSearchParams(location.search).has("after")) return;
    const onlyCommunity = feed.dataset.communityId;
    if (onlyCommunity && onlyCommunity.toLowerCase() !== String(post.communityId).toLowerCase()) return;
    if (feed.querySelector(`[data-post-id="${CSS.escape(post.postId)}"]`)) return;
    feed.prepend(renderPost(post));
    document.getElementById("feed-empty")?.remove();
    announce(strings().newPost, post.authorName);
}

function onCommentAdded(comment) {
    if (seenComments.has(comment.commentId) || document.querySelector(`[data-comment-id="${CSS.escape(comment.commentId)}"]`)) {
        return;
    }
    seenComments.add(comment.commentId);

    const list = document.querySelector(`#comments[data-post-id="${CSS.escape(comment.postId)}"]`);
    if (list) {
        const item = element("li", "comment");
        item.id = `comment-${comment.commentId}`;
        item.dataset.commentId = comment.commentId;
        const meta = element("p", "comment-meta");
        meta.append(element("strong", "", comment.authorName), " ");
        if (comment.authorIsExternal) meta.append(externalTag(), " ");
        meta.append(timeElement(comment.createdAt));
        const body = element("div", "comment-body");
        body.innerHTML = comment.html;
        item.append(meta, body);
        list.append(item);
        document.getElementById("comments-empty")?.remove();
        announce(strings().newComment, comment.authorName);
    }

    document.querySelectorAll(`article[data-post-id="${CSS.escape(comment.postId)}"] [data-comment-count]`).forEach((count) => {
        count.textContent = String((Number.parseInt(count.textContent, 10) || 0) + 1);
    });
}

function onReactionAdded(reaction) {
    // The reader's own reaction is already counted by the page their reaction form came back to.
    if (String(reaction.personId).toLowerCase() === strings().me.toLowerCase()) return;
    const selector = `article[data-post-id="${CSS.escape(reaction.postId)}"] form:has(input[name="kind"][value="${CSS.escape(reaction.kind)}"]) .count`;
    document.querySelectorAll(selector).forEach((count) => {
        count.textContent = String((Number.parseInt(count.textContent, 10) || 0) + 1);
    });
}

function onReactionRemoved(reaction) {
    // The reader's own removal is already counted by the page their form came back to; a count never goes below 0.
    if (String(reaction.personId).toLowerCase() === strings().me.toLowerCase()) return;
    const selector = `article[data-post-id="${CSS.escape(reaction.postId)}"] form:has(input[name="kind"][value="${CSS.escape(reaction.kind)}"]) .count`;
    document.querySelectorAll(selector).forEach((count) => {
        count.textContent = String(Math.max(0, (Number.parseInt(count.textContent, 10) || 0) - 1));
    });
}

function onPollVoted(poll) {
    document.querySelectorAll(`[data-poll="${CSS.escape(poll.postId)}"]`).forEach((section) => {
        poll.counts.forEach((votes, index) => {
            const option = section.querySelector(`[data-option="${index}"]`);
            if (!option) return;
            option.querySelector(".poll-count").textContent = String(votes);
            const bar = option.querySelector("progress");
            bar.max = Math.max(1, poll.voters);
            bar.value = votes;
            bar.textContent = String(votes);
        });
        const voters = section.querySelector("[data-poll-voters]");
        if (voters) voters.textContent = String(poll.voters);
    });
}

function onNotificationReceived(notification) {
    const badge = document.getElementById("unread-count");
    const number = badge?.querySelector(".badge-number");
    if (badge && number) {
        number.textContent = String((Number.parseInt(number.textContent, 10) || 0) + 1);
        badge.hidden = false;
    }
    announce(strings().newNotification + ": {0}", notification.text ?? "");
}

function loadClient() {
    if (window.signalR) return Promise.resolve(window.signalR);
    const src = document.querySelector("script[data-signalr]")?.dataset.signalr;
    if (!src) return Promise.reject(new Error("The SignalR client location is missing."));
    return new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = src;
        script.onload = () => resolve(window.signalR);
        script.onerror = () => reject(new Error(`Could not load ${src}`));
        document.head.append(script);
    });
}

// Phones drop off the network all the time: keep retrying, backing off to every 30 s, never give up.
const retryForever = {
    nextRetryDelayInMilliseconds: (context) => Math.min(30000, [0, 2000, 5000, 10000][context.previousRetryCount] ?? 30000),
};

async function connect() {
    const signalR = await loadClient();
    connection = new signalR.HubConnectionBuilder()
        .withUrl(hubPath)
        .withAutomaticReconnect(retryForever)
        .configureLogging(signalR.LogLevel.Warning)
        .build();
    connection.on("postPublished", onPostPublished);
    connection.on("commentAdded", onCommentAdded);
    connection.on("reactionAdded", onReactionAdded);
    connection.on("reactionRemoved", onReactionRemoved);
    connection.on("pollVoted", onPollVoted);
    connection.on("notificationReceived", onNotificationReceived);
    connection.on("membershipChanged", () => connection.invoke("Resubscribe").catch(() => { /* next reconnect resubscribes */ }));

    for (let attempt = 0; ; attempt++) {
        try {
            await connection.start();
            return;
        } catch {
            // Not signed in or server unreachable: the page still works, try again later.
            await new Promise((resolve) => window.setTimeout(resolve, retryForever.nextRetryDelayInMilliseconds({ previousRetryCount: attempt })));
        }
    }
}

function onPage() {
    localizeTimes();
    if (pageWantsLive() && !starting) {
        starting = connect().catch((error) => {
            starting = null;
            console.warn("Live updates are off:", error);
        });
    }
}

onPage();
if (window.Blazor?.addEventListener) {
    window.Blazor.addEventListener("enhancedload", onPage);
} else {
    // blazor.web.js may still be starting: wait for it once, then follow enhanced navigations.
    document.addEventListener("DOMContentLoaded", () => window.Blazor?.addEventListener?.("enhancedload", onPage), { once: true });
}
