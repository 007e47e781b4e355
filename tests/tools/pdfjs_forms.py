"""The debrief form and the declined-offer survey in pdf.js (Firefox's viewer): a check by hand.

Not part of the test suite, and CI does not run it: it needs Node.js and pdfjs-dist,
which the app and its tests do not. It makes the forms as the app does (the sample
meeting, in English, Swedish and Danish), fills them with PyMuPDF, with pdftk and
with pdf.js itself (saved as Firefox saves a filled form), and has pdf.js read each
file's fields and draw its pages (tests/tools/pdfjs_forms.mjs says the three ways).
It prints a table: the file, who filled it, whether pdf.js read every field exactly
as typed, whether the app imports it exactly, and how many pages pdf.js drew. The
PNG pages are left for a person to look at: every typed letter, each chosen button
and tick, and the meeting reference should show.

Install pdfjs-dist once, in a folder outside the project (it brings @napi-rs/canvas,
which it draws with under Node)::

    mkdir -p ~/pdfjs && cd ~/pdfjs && npm install pdfjs-dist

then, from the project folder::

    PDFJS_DIST=~/pdfjs python3 tests/tools/pdfjs_forms.py [--pdfjs ~/pdfjs] [--out FOLDER]

pdftk (Debian: pdftk-java) and PyMuPDF (the test extra) are the suite's own outside
fillers; a missing one is left out of the table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_suffix(".mjs")
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "export")]

from meeting_planner.domain.enums import Language  # noqa: E402
from meeting_planner.domain.model import ConcernCategory, Meeting  # noqa: E402
from meeting_planner.domain.sample import sample_meeting  # noqa: E402
from meeting_planner.export import debrief_form as debrief  # noqa: E402
from meeting_planner.export import decline_survey as survey  # noqa: E402
from meeting_planner.export.debrief_import import read_debrief_form  # noqa: E402
from meeting_planner.export.form_values import DebriefFormError  # noqa: E402
from meeting_planner.export.survey_import import read_decline_survey  # noqa: E402

# The names the suite's filler tests type (tests/export/test_form_fillers.py).
NORDIC = "Åsa Ærø-Østergård, Ängelholm, Þóra Guðmundsdóttir, Jyväskylä"
WESTERN = "Françoise Müller-Núñez: «très bien» – 5 € ½ œ ß"
EXTRA_LATIN = "Łukasz Dvořák, Şükrü Öztürk, Ewa Kęsicka, Máret Áŋŋel Đorđević"
# Beyond the form font: pdf.js keeps it in the value and draws it in a stand-in font.
BEYOND = "Дмитрий Σοφία"
NOW = datetime(2026, 11, 20, 9, 0)


@dataclass
class Values:
    """What a person types into one form."""

    text: dict[str, str]
    radios: dict[str, str]
    checks: set[str]

    def as_json(self) -> str:
        return json.dumps(
            {"text": self.text, "radios": self.radios, "checks": sorted(self.checks)},
            ensure_ascii=False,
        )


@dataclass
class Form:
    """One form made by the app, what to type into it, and how the app reads it back."""

    label: str
    pdf: bytes
    meeting: Meeting
    values: Values
    imports_exactly: Callable[[bytes, Values], bool]


def debrief_form(meeting: Meeting) -> Form:
    first = debrief.criterion_key(meeting.criteria[0].id)
    values = Values(
        text={
            debrief.FEEDBACK: f"{NORDIC}. {WESTERN}. {EXTRA_LATIN}.",
            debrief.COMPETING_TIMELINE: NORDIC,
            f"crit_{first}_evidence": EXTRA_LATIN,
            f"crit_{first}_shared": WESTERN,
            debrief.RESONATED: f"{NORDIC}\n{EXTRA_LATIN}",
            debrief.REASONS: BEYOND,
        },
        radios={debrief.DECISION: "offer", f"crit_{first}_rating": "3", debrief.INTEREST: "4"},
        checks={debrief.concern_field(ConcernCategory.COMPENSATION), debrief.LATER_ROLE},
    )
    return Form(
        f"debrief-{meeting.language}",
        debrief.export_debrief_form(meeting),
        meeting,
        values,
        lambda pdf, v: _debrief_arrives(pdf, v, meeting),
    )


def _debrief_arrives(pdf: bytes, values: Values, meeting: Meeting) -> bool:
    answers = read_debrief_form(pdf)
    first = meeting.criteria[0].id
    key = debrief.criterion_key(first)
    criterion = answers.criteria[first]
    return (
        answers.meeting_id == meeting.id
        and answers.feedback == values.text[debrief.FEEDBACK]
        and answers.competing_timeline == values.text[debrief.COMPETING_TIMELINE]
        and answers.resonated == values.text[debrief.RESONATED]
        and answers.reasons == values.text[debrief.REASONS]
        and criterion.evidence == values.text[f"crit_{key}_evidence"]
        and criterion.shared == values.text[f"crit_{key}_shared"]
        and criterion.rating == 3
        and answers.interest == 4
        and answers.decision is not None
        and answers.decision.value == "offer"
        and answers.concerns[ConcernCategory.COMPENSATION].ticked
        and answers.later_role
    )


def survey_form(meeting: Meeting) -> Form:
    other = survey.DeclineCategory.OTHER
    pay = survey.DeclineCategory.COMPENSATION
    values = Values(
        text={
            survey.answer_field("positives"): f"{NORDIC}\n{EXTRA_LATIN}",
            survey.answer_field("concerns"): WESTERN,
            survey.reason_text_field(pay): EXTRA_LATIN,
            survey.reason_text_field(other): BEYOND,
        },
        radios={},
        checks={survey.reason_field(pay), survey.reason_field(other)},
    )
    return Form(
        f"survey-{meeting.language}",
        survey.export_decline_survey(meeting, anonymous=False),
        meeting,
        values,
        lambda pdf, v: _survey_arrives(pdf, v),
    )


def _survey_arrives(pdf: bytes, values: Values) -> bool:
    answers = read_decline_survey(pdf)
    pay = survey.DeclineCategory.COMPENSATION
    other = survey.DeclineCategory.OTHER
    return (
        answers.answers.get("positives") == values.text[survey.answer_field("positives")]
        and answers.answers.get("concerns") == values.text[survey.answer_field("concerns")]
        and answers.reasons[pay].ticked
        and answers.reasons[pay].text == EXTRA_LATIN
        and answers.reasons[other].ticked
        and answers.reasons[other].text == BEYOND
    )


def forms() -> list[Form]:
    made = []
    for language in (Language.EN, Language.SV, Language.DA):
        meeting = sample_meeting(NOW)
        meeting.language = language
        made += [debrief_form(meeting), survey_form(meeting)]
    return made


class PdfJs:
    """tests/tools/pdfjs_forms.mjs run with Node against the pdfjs-dist in ``folder``."""

    def __init__(self, folder: Path, out: Path) -> None:
        self.env = {**os.environ, "PDFJS_DIST": str(folder)}
        self.out = out

    def run(self, *arguments: str) -> dict[str, Any]:
        done = subprocess.run(
            ["node", str(SCRIPT), *arguments],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=300,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"pdfjs_forms.mjs failed: {done.stderr.strip()}")
        return json.loads(done.stdout)

    def inspect(self, pdf: Path) -> dict[str, Any]:
        return self.run("inspect", str(pdf), str(self.out / "png"), pdf.stem)

    def fill(self, pdf: Path, values: Values, name: str) -> tuple[Path, dict[str, Any]]:
        data = self.out / f"{name}.json"
        data.write_text(values.as_json(), encoding="utf-8")
        out = self.out / f"{name}.pdf"
        return out, self.run("fill", str(pdf), str(data), str(out), str(self.out / "png"), name)


def read_exactly(form: Form, fields: dict[str, Any], filled: bool) -> list[str]:
    """The fields pdf.js read otherwise than typed (or, unfilled, than the app wrote)."""
    wrong = []
    if fields.get(debrief.MEETING_ID) != form.meeting.id:
        wrong.append(f"{debrief.MEETING_ID}={fields.get(debrief.MEETING_ID)!r}")
    if not filled:
        return wrong + [
            f"{name}={value!r}"
            for name, value in fields.items()
            if not name.startswith("mp_") and value not in ("", "Off", None)
        ]
    v = form.values
    expected = {**v.text, **v.radios, **{name: "Yes" for name in v.checks}}
    return wrong + [
        f"{name}={fields.get(name)!r}"
        for name, value in expected.items()
        if fields.get(name) != value
    ]


def without_appearance(pdf: Path) -> list[str]:
    """The fields a filled file leaves with no appearance: pdf.js saves so a field whose
    text its font cannot encode, and asks other viewers to draw it (NeedAppearances)."""
    from pypdf import PdfReader

    return sorted(
        str(widget["/T"])
        for page in PdfReader(pdf).pages
        for annot in page.get("/Annots", [])
        if "/T" in (widget := annot.get_object()) and "/AP" not in widget
    )


def outside_fillers() -> dict[str, Callable[[bytes, Values], bytes]]:
    import outside_fillers as outside

    return {
        "pymupdf": lambda pdf, v: outside.fill_with_pymupdf(pdf, v.text, v.radios, v.checks),
        "pdftk": lambda pdf, v: outside.fill_with_pdftk(pdf, v.text, v.radios, v.checks),
    }


def check(form: Form, pdfjs: PdfJs, out: Path) -> list[tuple[str, ...]]:
    """The form unfilled and filled by each filler, as pdf.js reads and draws it: one row each."""
    import pytest

    blank = out / f"{form.label}.pdf"
    blank.write_bytes(form.pdf)
    files = [("(unfilled)", blank)]
    for filler, fill in outside_fillers().items():
        try:
            filled = fill(form.pdf, form.values)
        except pytest.skip.Exception as exc:  # the tool is not installed
            print(f"{filler}: left out ({exc})", file=sys.stderr)
            continue
        path = out / f"{form.label}-{filler}.pdf"
        path.write_bytes(filled)
        files.append((filler, path))
    saved, typed = pdfjs.fill(blank, form.values, f"{form.label}-pdfjs")
    files.append(("pdf.js", saved))
    rows = []
    for filler, path in files:
        seen = pdfjs.inspect(path)
        wrong = read_exactly(form, seen["fields"], filled=filler != "(unfilled)")
        imported = "-"
        if filler != "(unfilled)":
            try:
                imported = "y" if form.imports_exactly(path.read_bytes(), form.values) else "n"
            except DebriefFormError as exc:
                imported = f"n ({exc})"
        drawn = sum(len(pngs) for pngs in seen["png"].values())
        if filler == "pdf.js":
            drawn += len(typed["png"]["typed"])
        rows.append(
            (
                path.name,
                filler,
                "y" if not wrong else "n: " + ", ".join(wrong),
                imported,
                str(seen["pages"]),
                str(drawn),
                ", ".join(without_appearance(path)) or "-",
                seen["pdfjs"],
            )
        )
    return rows


HEADER = (
    "file",
    "filler",
    "pdf.js reads exactly",
    "app imports exactly",
    "pages",
    "PNGs",
    "fields without appearance",
)


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfjs", type=Path, default=os.environ.get("PDFJS_DIST"))
    parser.add_argument("--out", type=Path, default=None)
    options = parser.parse_args(arguments)
    if options.pdfjs is None:
        parser.error("say where pdfjs-dist is installed: --pdfjs FOLDER or PDFJS_DIST")
    out = options.out or Path(tempfile.mkdtemp(prefix="pdfjs-forms-"))
    out.mkdir(parents=True, exist_ok=True)
    pdfjs = PdfJs(options.pdfjs.expanduser(), out)
    rows = [row for form in forms() for row in check(form, pdfjs, out)]
    print(f"pdf.js (pdfjs-dist) {rows[0][-1]}")
    table = [HEADER, *(row[:-1] for row in rows)]
    widths = [max(len(r[i]) for r in table) for i in range(len(HEADER))]
    for row in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print(f"\nPDFs in {out}, PNG pages in {out / 'png'}:")
    print("  *-appearance-pN.png  each field's own appearance (AnnotationMode.ENABLE)")
    print("  *-forms-pN.png       the canvas under Firefox's form layer (ENABLE_FORMS)")
    print("  *-drawn-pN.png       pdf.js drawing every value itself, as printed (ENABLE_STORAGE)")
    print("  *-pdfjs-typed-pN.png the values typed into pdf.js, as Firefox prints them")
    return 0 if all(r[2] == "y" and r[3] in ("y", "-") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
