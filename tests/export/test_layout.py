"""Layout a reader notices: the candidate's agenda on one page, table columns that wrap
between words and never inside one, headers on one line in every language."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from meeting_planner.domain.library import builtin_templates
from meeting_planner.domain.model import Language, Meeting
from meeting_planner.domain.phrases import text
from meeting_planner.domain.sample import sample_meeting, sample_profile
from meeting_planner.domain.templates import meeting_from_template
from meeting_planner.export.agenda import build_agenda
from meeting_planner.export.brief import build_brief
from meeting_planner.export.fonts import REGULAR, register_fonts
from meeting_planner.export.styles import stylesheet
from meeting_planner.export.text import TextBlock

NOW = datetime(2026, 11, 20, 9, 0)
LONG_NAME = "Karin Åkesson-Ländström"


def lines_of(data: bytes) -> list[str]:
    return [
        line.strip()
        for page in PdfReader(io.BytesIO(data)).pages
        for line in (page.extract_text() or "").splitlines()
    ]


def typical_meetings(language: Language) -> list[Meeting]:
    """The sample and a meeting from each built-in template: 60 to 90 minutes each."""
    sample = sample_meeting(NOW)
    sample.language = language
    made = [
        meeting_from_template(
            template,
            candidate_name=LONG_NAME,
            role_title="Senior backend developer",
            start=datetime(2026, 11, 23, 10, 0),
            profile=sample_profile(),
        )
        for template in builtin_templates(language)
    ]
    return [sample, *made]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", list(Language))
def test_the_candidate_agenda_of_a_typical_meeting_fits_one_page(
    language: Language, paper: str
) -> None:
    for meeting in typical_meetings(language):
        assert 60 <= meeting.planned_minutes <= 90
        data = build_agenda(meeting, paper=paper)
        pages = PdfReader(io.BytesIO(data)).pages
        assert len(pages) == 1, f"{meeting.template or 'sample'} ({language}, {paper})"
        # Nothing was left out to make it fit.
        text = " ".join(lines_of(data))
        for block in meeting.agenda:
            assert block.title.strip() in text


@pytest.mark.parametrize("language", list(Language))
def test_table_headers_stay_on_one_line_in_every_language(language: Language) -> None:
    meeting = sample_meeting(NOW)
    meeting.language = language
    lg = str(language)
    brief_heads = " ".join(text(lg, h) for h in ("Time", "Min", "Block", "Kind", "Owner"))
    agenda_heads = " ".join(text(lg, h) for h in ("Time", "What happens", "With"))
    assert brief_heads in lines_of(build_brief(meeting))
    assert agenda_heads in lines_of(build_agenda(meeting))


def test_owner_names_wrap_at_spaces_and_hyphens_never_inside_a_word() -> None:
    meeting = sample_meeting(NOW)
    for block in meeting.agenda:
        block.owner = LONG_NAME
    meeting.agenda[0].owner = "Wolfeschlegelsteinhausen"
    for data in (build_brief(meeting), build_agenda(meeting)):
        words = " ".join(lines_of(data)).split()
        assert "Wolfeschlegelsteinhausen" in words
        assert "Ländström" in words or "Åkesson-Ländström" in words
        assert not any(w.startswith("Ländstr") and w != "Ländström" for w in words)


def test_a_hyphenated_word_breaks_after_its_hyphen() -> None:
    register_fonts()
    block = TextBlock([[(LONG_NAME, REGULAR, None)]], stylesheet()["cell"])
    block.wrap(50, 1000)
    assert [runs[0][0] for runs, _ in block._lines or []] == ["Karin", "Åkesson-", "Ländström"]
    block = TextBlock([[(LONG_NAME, REGULAR, None)]], stylesheet()["cell"])
    block.wrap(80, 1000)
    assert [runs[0][0] for runs, _ in block._lines or []] == ["Karin Åkesson-", "Ländström"]


def test_an_email_or_web_address_never_breaks_at_its_hyphen() -> None:
    register_fonts()
    for address in ("maja.strom-vesterbacka@nordvik.example", "https://intra.nordvik-it.example"):
        block = TextBlock([[(f"Ask {address}, who helps", REGULAR, None)]], stylesheet()["cell"])
        block.wrap(200, 1000)
        lines = [runs[0][0].strip() for runs, _ in block._lines or []]
        assert any(address in line for line in lines), lines


def test_only_a_word_longer_than_the_whole_line_is_cut() -> None:
    register_fonts()
    block = TextBlock([[("x" * 60 + " ok", REGULAR, None)]], stylesheet()["cell"])
    block.wrap(80, 1000)
    lines = [runs[0][0] for runs, _ in block._lines or []]
    assert "".join(lines[:-1]) == "x" * 60 and lines[-1] == "ok"


def test_a_page_break_never_leaves_one_line_of_a_paragraph_alone() -> None:
    register_fonts()
    style = stylesheet()["body"]
    words = " ".join(f"word{i}" for i in range(60))
    block = TextBlock([[(words, REGULAR, None)]], style)
    block.wrap(120, 10_000)
    count = len(block._lines or [])
    assert count >= 5

    def split_at(lines_fit: int) -> list[int]:
        parts = block.split(120, lines_fit * style.leading + 1)
        return [len(p._lines or []) for p in parts]

    assert split_at(1) == []  # the whole paragraph moves on
    assert split_at(2) == [2, count - 2]
    assert split_at(count - 1) == [count - 2, 2]  # no single line on the next page


@pytest.mark.parametrize("language", list(Language))
def test_every_balance_segment_is_named_in_a_legend_entry_that_fits_its_column(
    language: Language,
) -> None:
    from outside_fillers import need_pymupdf

    from meeting_planner.domain.model import BlockKind
    from meeting_planner.export.balance_chart import LEGEND_COLUMNS
    from meeting_planner.export.page import content_width
    from meeting_planner.export.styles import GROUP_LABEL

    pymupdf = need_pymupdf()
    meeting = sample_meeting(NOW)
    meeting.language = language
    # Team time led by the manager does not count as selling: one more, longer entry.
    team = next(b for b in meeting.agenda if b.kind == BlockKind.TEAM)
    team.owner = meeting.participants[0].name
    page = pymupdf.open(stream=build_brief(meeting), filetype="pdf")[0]
    lines = [
        (line["bbox"], "".join(s["text"] for s in line["spans"]))
        for block in page.get_text("dict")["blocks"]
        for line in block.get("lines", [])
    ]
    lg = str(language)
    legend = [(box, t) for box, t in lines if " min" in t and t.endswith("%)")]
    for label in GROUP_LABEL.values():
        name = text(lg, label)
        assert any(t.startswith((f"{name}:", f"{name} (")) for _, t in legend), name
    # Entries on a row keep clear of each other (the next one's colour square included).
    column = content_width("a4") / LEGEND_COLUMNS
    rows: dict[int, list[tuple[float, float]]] = {}
    for (x0, y0, x1, _), _entry in legend:
        rows.setdefault(round(y0), []).append((x0, x1))
    for row in rows.values():
        row.sort()
        for (_, end), (start, _) in zip(row, row[1:], strict=False):
            assert end < start - 15  # the next square is 11 before its text
        assert all(x1 - x0 <= column - 20 + 0.5 for x0, x1 in row)


def _page_lines(data: bytes) -> list[list[str]]:
    return [
        [line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]
        for page in PdfReader(io.BytesIO(data)).pages
    ]


@pytest.mark.parametrize("language", list(Language))
def test_no_page_of_the_brief_ends_with_a_heading(language: Language) -> None:
    from meeting_planner.domain.coach import review
    from meeting_planner.export.brief import brief_story
    from meeting_planner.export.page import content_width

    for meeting in typical_meetings(language):
        story = brief_story(meeting, review(meeting), content_width("a4"))
        headings = {
            "".join(run[0] for run in block.items[0])
            for block in story
            if isinstance(block, TextBlock) and block.style.name in ("h1", "h2")
        }
        pages = _page_lines(build_brief(meeting))
        for number, lines in enumerate(pages[:-1], start=1):
            # The page's last line of text, before its footer's page number.
            footer = text(str(language), "Page {page} of {count}", page=number, count=len(pages))
            assert lines[-1] == footer
            last = lines[-2]
            assert last not in headings, f"{meeting.template or 'sample'}, page {number}: {last}"
