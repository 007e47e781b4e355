"""Review comments in the manager's brief: under what they are about, with who and when."""

from __future__ import annotations

from datetime import datetime

from meeting_planner.domain.comments import add_comment, block_target
from meeting_planner.domain.model import Language
from meeting_planner.export import export_brief

AT = datetime(2026, 11, 19, 16, 0)


def test_comments_stand_under_their_target_with_author_day_and_state(
    full_meeting, pdf_text
) -> None:
    block = full_meeting.agenda[1]
    add_comment(
        full_meeting, "Let Jonas lead this part", "Rita Recruiter", AT, block_target(block.id)
    )
    done = add_comment(full_meeting, "Salary range agreed", "Rita Recruiter", AT)
    done.resolved = True
    text = pdf_text(export_brief(full_meeting))
    assert "Reviewcomments" in text
    squashed_block = "".join(f"block“{block.title}”".split())
    assert squashed_block + "•RitaRecruiter,19Nov2026:LetJonasleadthispart" in text
    assert "thewholeplan•RitaRecruiter,19Nov2026:Salaryrangeagreed(resolved)" in text


def test_no_comments_no_section_and_swedish_words(full_meeting, pdf_text) -> None:
    assert "Reviewcomments" not in pdf_text(export_brief(full_meeting))
    full_meeting.language = Language.SV
    add_comment(full_meeting, "Bra plan", "Rita", AT)
    text = pdf_text(export_brief(full_meeting))
    assert "Granskningskommentarer" in text and "helaplanen" in text
