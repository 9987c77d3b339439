"""`poise debrief` in the terminal: the step-by-step questions right after an interview, and the
draft kept when the answers do not pass their checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

if TYPE_CHECKING:
    from poise.content.loader import KnowledgeBase
    from poise.followup.application import ApplicationView


def _ask_date(console: Console, label: str, *, default: date | None) -> date | None:
    """A YYYY-MM-DD answer (Enter for the default, or nothing when there is none)."""
    from rich.prompt import Prompt

    while True:
        answer = Prompt.ask(label, console=console, default=default.isoformat() if default else "",
                            show_default=default is not None).strip()
        if not answer:
            return default
        try:
            return date.fromisoformat(answer)
        except ValueError:
            console.print("[red]Write the date as YYYY-MM-DD, for example 2024-05-17.[/]")


def _ask_person(console: Console, label: str, names: list[str]) -> str | None:
    """One of the interviewers (Enter for the first; a first name is enough)."""
    from rich.prompt import Prompt

    if len(names) <= 1:
        return names[0] if names else None
    indent = label[: len(label) - len(label.lstrip())]
    choices = ", ".join(names[:-1]) + f" or {names[-1]}"
    while True:
        answer = Prompt.ask(f"{label}? {choices}; Enter for {names[0]}", console=console, default=names[0],
                            show_default=False).strip()
        for name in names:
            if answer.casefold() in (name.casefold(), name.split()[0].casefold()):
                return name
        console.print(f"{indent}[red]Pick one of: {choices}.[/]")


def _ask_rating(console: Console, label: str) -> int:
    """A rating from 1 to 5."""
    from rich.prompt import Prompt

    indent = label[: len(label) - len(label.lstrip())]
    while True:
        answer = Prompt.ask(label, console=console).strip()
        if answer in ("1", "2", "3", "4", "5"):
            return int(answer)
        console.print(f"{indent}[red]Give a number from 1 (went badly) to 5 (strong).[/]")


def ask_debrief(
    console: Console, record: ApplicationView, kb: KnowledgeBase, today: date
) -> dict[str, Any]:
    """Walk through the debrief one question at a time; return it as data to validate."""
    import re as _re

    from rich.prompt import Confirm, IntPrompt, Prompt

    from poise.followup.application import read_fit
    from poise.followup.debrief import RATINGS, match_predicted

    console.print(f"\n[bold]Debrief: {record.title} at {record.company}[/] (application {record.id})")
    console.print("Write it down now, while it is fresh. Press Enter to skip anything optional.\n")
    data: dict[str, Any] = {}
    held_on = _ask_date(console, "Day of the interview (YYYY-MM-DD)", default=today) or today
    data["date"] = held_on.isoformat()
    next_round = record.round + 1 if record.stage == "interviewing" else record.round
    data["round"] = IntPrompt.ask("Round", console=console, default=max(next_round, 1))

    console.print("\n[bold]Who interviewed you?[/] One person at a time; Enter on an empty name when done.")
    people: list[dict[str, Any]] = []
    while True:
        name = Prompt.ask(f"  Name of interviewer {len(people) + 1}", console=console, default="",
                          show_default=False).strip()
        if not name:
            if people:
                break
            console.print("  [red]Name at least one interviewer: the letter is addressed to them.[/]")
            continue
        if name.casefold() in [person["name"].casefold() for person in people]:
            console.print(f"  [red]{name} is already listed.[/]")
            continue
        person: dict[str, Any] = {"name": name}
        person["role"] = Prompt.ask("    Their role (optional)", console=console, default="",
                                    show_default=False).strip()
        while True:
            email = Prompt.ask("    Email (optional)", console=console, default="",
                               show_default=False).strip()
            if not email or _re.match(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$", email):
                break
            console.print("    [red]That is not an email address (name@example.com).[/]")
        person["email"] = email or None
        from poise.followup.debrief import Interviewer

        usual = Interviewer(name=name).greeting_name  # the first name, or "Dr Lopez"
        greet = Prompt.ask("    In a letter, greet them as", console=console, default=usual).strip()
        if greet and greet != usual:
            person["address_as"] = greet
        people.append(person)
    names = [person["name"] for person in people]

    console.print("\n[bold]Which questions did they ask?[/] A bank id (like failures.biggest_failure) "
                  "or the words; Enter when done.")
    scale = "  ".join(f"{number} {label}" for number, label in RATINGS.items())
    questions: list[dict[str, Any]] = []
    while True:
        asked = Prompt.ask(f"  Question {len(questions) + 1}", console=console, default="",
                           show_default=False).strip()
        if not asked:
            break
        item: dict[str, Any] = {}
        if asked in kb.questions:
            item["question_id"] = asked
            console.print(f"    [dim]{kb.questions[asked].text}[/]")
        elif _re.fullmatch(r"[a-z_]+\.[a-z0-9_]+", asked):
            console.print(f"    [red]No bank question has the id {asked!r}.[/] Type the question's words "
                          "instead, or find the id with `poise questions`.")
            continue
        elif not _re.search(r"[^\W\d_]{2,}", asked):
            console.print(f"    [red]{asked!r} is not a question.[/] Type the question's words as they "
                          "asked it, or its bank id; how it went is asked next.")
            continue
        else:
            item["text"] = asked
        console.print(f"    [dim]{scale}[/]")
        item["rating"] = _ask_rating(console, "    How did your answer go (1-5)")
        who = _ask_person(console, "    Who asked it", names)
        if who:
            item["asked_by"] = who
        item["said"] = Prompt.ask("    What you said, in a line (optional)", console=console, default="",
                                  show_default=False).strip()
        if item["rating"] <= 2:
            addition = Prompt.ask("    What would you add now? Your letter can add it (optional)",
                                  console=console, default="", show_default=False).strip()
            if addition:
                item["add_now"] = addition
        topic = Prompt.ask("    A topic from it worth naming in your thank-you (optional)",
                           console=console, default="", show_default=False).strip()
        if topic:
            item["topic"] = topic
        questions.append(item)
    data["questions"] = questions

    predicted = read_fit(record.fit).concerns
    console.print("\n[bold]Did they raise any concern about you?[/] In their words; Enter when none.")
    if predicted:
        titles = "; ".join(item.title for item in predicted if item.title)
        console.print(f"  [dim]Predicted: {titles}[/]")
    concerns: list[dict[str, Any]] = []
    while True:
        text = Prompt.ask(f"  Concern {len(concerns) + 1}", console=console, default="",
                          show_default=False).strip()
        if not text:
            break
        if len(text) < 3:
            console.print("  [red]Say a little more: what worried them?[/]")
            continue
        concern: dict[str, Any] = {"text": text}
        guess = match_predicted(text, record.fit)
        prepared = ""
        if guess is not None and Confirm.ask(f"    Is this the predicted concern “{guess.title}”?",
                                             console=console, default=True):
            concern["concern_id"] = guess.id
            prepared = guess.answer_plan.plan if guess.answer_plan else ""
        concern["handled"] = Prompt.ask("    How did you handle it", console=console,
                                        choices=["answered", "partly", "open"], default="open")
        who = _ask_person(console, "    Who raised it", names)
        if who:
            concern["raised_by"] = who
        if concern["handled"] != "answered":
            if prepared:
                from rich.padding import Padding

                console.print(Padding(f"[dim]Prepared plan: {prepared}[/]", (0, 0, 0, 4)))
                label = "    Your plan to settle it (Enter keeps the prepared one)"
            else:
                label = "    Your plan to settle it: a concrete step and when (optional)"
            plan = Prompt.ask(label, console=console, default="", show_default=False).strip()
            if plan:
                concern["plan"] = plan
        concerns.append(concern)
    data["concerns"] = concerns

    console.print("\n[bold]Did you promise anything?[/] (\"I'll send the deck\"); Enter when none.")
    promises: list[dict[str, Any]] = []
    while True:
        what = Prompt.ask(f"  Promise {len(promises) + 1}", console=console, default="",
                          show_default=False).strip()
        if not what:
            break
        promise: dict[str, Any] = {"what": what}
        if Confirm.ask("    Will you attach it to the thank-you letter?", console=console, default=True):
            promise["delivery"] = "attached"
        else:
            promise["delivery"] = "to_follow"
            by = _ask_date(console, "    By when (YYYY-MM-DD, optional)", default=None)
            if by is not None:
                promise["by"] = by.isoformat()
        promises.append(promise)
    data["promises"] = promises

    console.print("\n[bold]What did they say happens next?[/] A short phrase, e.g. “a panel with the CEO”; "
                  "Enter if they did not say.")
    step = Prompt.ask("  Next step", console=console, default="", show_default=False).strip()
    if step:
        next_step: dict[str, Any] = {"what": step}
        by = _ask_date(console, "  By when (YYYY-MM-DD, optional)", default=None)
        if by is not None:
            next_step["by"] = by.isoformat()
        who = _ask_person(console, "  Who said it", names)
        if who:
            next_step["said_by"] = who
        data["next_step"] = next_step
    notes = Prompt.ask("\nAnything else to remember (optional)", console=console, default="",
                       show_default=False).strip()
    if notes:
        data["notes"] = notes
    data["interviewers"] = people
    return data


def save_debrief_draft(data: dict[str, Any], application_id: int) -> Path:
    """Keep interactive answers that failed validation as YAML, so nothing typed is lost."""
    import yaml

    from poise.settings import get_settings

    folder = get_settings().data_dir / "drafts"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"debrief-{application_id}-{data.get('date', 'undated')}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path
