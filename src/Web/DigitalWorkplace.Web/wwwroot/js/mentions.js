// "@" suggestions in post and comment boxes, as a progressive enhancement: without this file a mention can still be
// typed as a Markdown link to a profile, @[Name](/people/{id}). Typing "@" and two letters looks people up in the
// directory (the same API the People page uses); picking one (click, Enter or Tab) writes that link. The list is an
// ARIA listbox driven from the textarea (combobox pattern): arrows move, Escape closes.

const minimumLength = 2;
let requestNumber = 0;

function mentionBefore(textarea) {
    const before = textarea.value.slice(0, textarea.selectionStart);
    const match = /(^|\s)@([\p{L}\p{M}'.-]{2,40})$/u.exec(before);
    return match && match[2].length >= minimumLength ? { term: match[2], start: textarea.selectionStart - match[2].length - 1 } : null;
}

function listFor(textarea) {
    let list = document.getElementById(`${textarea.id}-mentions`);
    if (!list) {
        list = document.createElement("ul");
        list.id = `${textarea.id}-mentions`;
        list.className = "mention-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", textarea.dataset.mentionsLabel ?? "People");
        list.hidden = true;
        textarea.insertAdjacentElement("afterend", list);
        textarea.setAttribute("role", "combobox");
        textarea.setAttribute("aria-autocomplete", "list");
        textarea.setAttribute("aria-controls", list.id);
        textarea.setAttribute("aria-expanded", "false");
    }
    return list;
}

function close(textarea) {
    const list = listFor(textarea);
    list.hidden = true;
    list.replaceChildren();
    textarea.setAttribute("aria-expanded", "false");
    textarea.removeAttribute("aria-activedescendant");
}

function choose(textarea, option) {
    const found = mentionBefore(textarea);
    if (!found) {
        close(textarea);
        return;
    }
    const link = `@[${option.dataset.name.replace(/[[\]]/g, "")}](/people/${option.dataset.id}) `;
    const after = textarea.value.slice(textarea.selectionStart);
    textarea.value = textarea.value.slice(0, found.start) + link + after;
    const caret = found.start + link.length;
    textarea.setSelectionRange(caret, caret);
    close(textarea);
    textarea.focus();
}

function highlight(textarea, index) {
    const options = [...listFor(textarea).children];
    options.forEach((option, i) => option.setAttribute("aria-selected", i === index ? "true" : "false"));
    if (options[index]) {
        textarea.setAttribute("aria-activedescendant", options[index].id);
    }
}

async function suggest(textarea) {
    const found = mentionBefore(textarea);
    if (!found) {
        close(textarea);
        return;
    }
    const number = ++requestNumber;
    const response = await fetch(`/api/v1/people?pageSize=5&search=${encodeURIComponent(found.term)}`, { headers: { Accept: "application/json" } });
    if (!response.ok || number !== requestNumber) {
        return;
    }
    const people = (await response.json()).items ?? [];
    const list = listFor(textarea);
    list.replaceChildren(...people.map((person, i) => {
        const option = document.createElement("li");
        option.id = `${list.id}-${i}`;
        option.setAttribute("role", "option");
        option.dataset.id = person.id;
        option.dataset.name = person.displayName;
        option.textContent = person.orgUnitName ? `${person.displayName} · ${person.orgUnitName}` : person.displayName;
        // mousedown, not click: the textarea keeps its focus and caret.
        option.addEventListener("mousedown", (event) => {
            event.preventDefault();
            choose(textarea, option);
        });
        return option;
    }));
    list.hidden = people.length === 0;
    textarea.setAttribute("aria-expanded", people.length > 0 ? "true" : "false");
    highlight(textarea, 0);
}

function onKeyDown(event) {
    const textarea = event.target;
    const list = listFor(textarea);
    if (list.hidden) {
        return;
    }
    const options = [...list.children];
    const current = options.findIndex((option) => option.getAttribute("aria-selected") === "true");
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const next = (current + (event.key === "ArrowDown" ? 1 : options.length - 1)) % options.length;
        highlight(textarea, next);
    } else if ((event.key === "Enter" || event.key === "Tab") && options[current]) {
        event.preventDefault();
        choose(textarea, options[current]);
    } else if (event.key === "Escape") {
        close(textarea);
    }
}

document.addEventListener("input", (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.dataset.mentions !== undefined) {
        suggest(event.target);
    }
});
document.addEventListener("keydown", (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.dataset.mentions !== undefined) {
        onKeyDown(event);
    }
});
document.addEventListener("focusout", (event) => {
    if (event.target instanceof HTMLTextAreaElement && event.target.dataset.mentions !== undefined) {
        close(event.target);
    }
});
