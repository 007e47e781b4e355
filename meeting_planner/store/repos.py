"""The small things kept in the meta file: user templates, the employer profile, settings,
and anonymous survey responses."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.table import Document

from ..domain.enums import Language
from ..domain.phrases import mark
from .errors import StoreError

if TYPE_CHECKING:
    from ..domain.surveys import AnonymousResponse
    from ..domain.templates import EmployerProfile, Template

TEMPLATES = "templates"
PROFILE = "profile"
SETTINGS = "settings"
SURVEY_RESPONSES = "anonymous_responses"


class MetaFile:
    """The meta file's database, shared by the repositories below; ``commit`` saves it."""

    def __init__(self, db: TinyDB, commit: Callable[[], None], check_writable: Callable[[], None]):
        self.db = db
        self.commit = commit
        self.check_writable = check_writable


class TemplateRepository:
    """Templates the user saved (the built-in ones ship with the app, not here)."""

    def __init__(self, meta: MetaFile) -> None:
        self._meta = meta

    def list(self) -> list[Template]:
        from ..domain.serialize import from_dict
        from ..domain.templates import Template

        rows = sorted(self._rows(), key=lambda r: (r["name"], r["language"]))
        return [from_dict(Template, r["template"]) for r in rows]

    def get(self, name: str, language: Language) -> Template | None:
        from ..domain.serialize import from_dict
        from ..domain.templates import Template

        row = self._find(name, language)
        return None if row is None else from_dict(Template, row["template"])

    def save(self, template: Template) -> None:
        """Insert, or replace the template with the same name and language."""
        from ..domain.serialize import to_dict

        self._meta.check_writable()
        row = {
            "name": template.name,
            "language": Language(template.language).value,
            "template": to_dict(template),
        }
        table = self._meta.db.table(TEMPLATES)
        old = self._find(template.name, template.language)
        if old is None:
            table.insert(row)
        else:
            table.update(_replace_with(row), doc_ids=[old.doc_id])
        self._meta.commit()

    def delete(self, name: str, language: Language) -> None:
        self._meta.check_writable()
        old = self._find(name, language)
        if old is not None:
            self._meta.db.table(TEMPLATES).remove(doc_ids=[old.doc_id])
            self._meta.commit()

    def _rows(self) -> list[Document]:
        return self._meta.db.table(TEMPLATES).all()

    def _find(self, name: str, language: Language) -> Document | None:
        wanted = Language(language).value
        return next((r for r in self._rows() if (r["name"], r["language"]) == (name, wanted)), None)


class ProfileRepository:
    """The employer profile: one per data folder."""

    def __init__(self, meta: MetaFile) -> None:
        self._meta = meta

    def get(self) -> EmployerProfile:
        from ..domain.serialize import from_dict
        from ..domain.templates import EmployerProfile

        row = self._meta.db.table(PROFILE).get(doc_id=1)
        return EmployerProfile() if row is None else from_dict(EmployerProfile, row["profile"])

    def save(self, profile: EmployerProfile) -> None:
        from ..domain.serialize import to_dict

        self._meta.check_writable()
        self._meta.db.table(PROFILE).upsert(Document({"profile": to_dict(profile)}, doc_id=1))
        self._meta.commit()


class SurveyResponseRepository:
    """Anonymous declined-offer survey responses: tied to a role and a month, never to a
    meeting or a person."""

    def __init__(self, meta: MetaFile) -> None:
        self._meta = meta

    def list(self) -> list[AnonymousResponse]:
        """Every response, oldest month first."""
        from ..domain.serialize import from_dict
        from ..domain.surveys import AnonymousResponse

        rows = self._meta.db.table(SURVEY_RESPONSES).all()
        found = [from_dict(AnonymousResponse, row["response"]) for row in rows]
        return sorted(found, key=lambda r: (r.month, r.id))

    def add(self, response: AnonymousResponse) -> bool:
        """Keep a response; False (nothing kept) when the same survey is already in."""
        from ..domain.serialize import to_dict

        self._meta.check_writable()
        fingerprint = response.fingerprint()
        table = self._meta.db.table(SURVEY_RESPONSES)
        if any(row.get("fingerprint") == fingerprint for row in table.all()):
            return False
        table.insert({"fingerprint": fingerprint, "response": to_dict(response)})
        self._meta.commit()
        return True

    def delete(self, response_id: str) -> bool:
        self._meta.check_writable()
        table = self._meta.db.table(SURVEY_RESPONSES)
        ids = [row.doc_id for row in table.all() if row["response"].get("id") == response_id]
        if not ids:
            return False
        table.remove(doc_ids=ids)
        self._meta.commit()
        return True


class SettingsRepository:
    """Small user preferences: a key and any JSON value."""

    def __init__(self, meta: MetaFile) -> None:
        self._meta = meta

    def get(self, key: str, default: Any = None) -> Any:
        row = self._find(key)
        # A copy, so that changing what is returned does not change the store.
        return default if row is None else json.loads(json.dumps(row["value"]))

    def set(self, key: str, value: Any) -> None:
        self._meta.check_writable()
        try:
            value = json.loads(json.dumps(value))
        except (TypeError, ValueError) as error:
            raise StoreError(
                mark("The setting {key!r} cannot be saved: {reason}."), key=key, reason=error
            ) from error
        table = self._meta.db.table(SETTINGS)
        old = self._find(key)
        if old is None:
            table.insert({"key": key, "value": value})
        else:
            table.update(_replace_with({"key": key, "value": value}), doc_ids=[old.doc_id])
        self._meta.commit()

    def delete(self, key: str) -> None:
        """Forget a setting (nothing happens if it is not set)."""
        self._meta.check_writable()
        old = self._find(key)
        if old is not None:
            self._meta.db.table(SETTINGS).remove(doc_ids=[old.doc_id])
            self._meta.commit()

    def _find(self, key: str) -> Document | None:
        return next((r for r in self._meta.db.table(SETTINGS).all() if r["key"] == key), None)


def _replace_with(row: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def replace(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(row)

    return replace
