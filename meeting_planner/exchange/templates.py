"""Templates that come in by file: a name that takes no other template's place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.templates import Template
    from ..store import Store


def free_template_name(store: Store, template: Template) -> str:
    """The template's name, or with -2, -3... added: one no stored or built-in template has."""
    from ..domain.library import builtin_template

    base, language = template.name, template.language
    name, n = base, 1
    while store.templates.get(name, language) or builtin_template(name, language):
        n += 1
        name = f"{base}-{n}"
    return name
