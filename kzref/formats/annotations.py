"""W3C Web Annotation (JSON-LD): one annotation per evidence excerpt of the dataset.

Each annotation targets the article, named by its content (``urn:sha256:…``)
and its title, with a ``TextQuoteSelector`` (the excerpt, with up to
:data:`CONTEXT` characters before and after it) and a ``TextPositionSelector``
(its offsets, counted in Unicode code points as the Web Annotation model asks);
its body is the permalink of each record the excerpt supports.  The
annotations form one ``AnnotationCollection`` with a single page.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from kzref.formats.tables import TABLE_BY_NAME, build

if TYPE_CHECKING:
    from kzref.formats.release import Release

FILENAME = "kzref-annotations.jsonld"
PATH = "kz/annotations.jsonld"
"""Where the file is published, relative to the docs base URL (the annotations' ids)."""
CONTEXT = 32
"""Characters of prefix and suffix a quote selector carries."""
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
_DC_TITLE = {"title": "http://purl.org/dc/terms/title"}


def _body(url: str, name: str) -> dict[str, Any]:
    return {"id": url, "type": "Text", "format": "text/html", "title": name}


def collection(release: Release) -> dict[str, Any]:
    """The annotation collection as a JSON-LD document."""
    from kzref.citation import DATASET_TITLE, permalink

    data = release.dataset
    article = release.article
    table = TABLE_BY_NAME["evidence"]
    own = f"{release.base_url}{PATH}"
    target_source = {
        "id": release.source_urn,
        "type": "Text",
        "format": "text/plain",
        "title": release.source.title,
    }

    def body(entity_id: str | None) -> list[dict[str, Any]]:
        if entity_id is None or entity_id not in data.entities:
            return []
        return [_body(permalink(entity_id, release.base_url), data.entities[entity_id].name)]

    items = []
    for values in build(release)["evidence"]:
        row = dict(zip(table.names, values, strict=True))
        start, end = row["start"], row["end"]
        if start is None:  # an excerpt not where it says: kzref validate reports it
            continue
        bodies = body(row["entity_id"])
        if row["entity_id"] is not None and (path := row["path"]).startswith(
            ("participants", "parties")
        ):
            field, _, rest = path.partition("[")
            entity = data.entities[row["entity_id"]]
            bodies += body(getattr(entity, field)[int(rest.partition("]")[0])].ref)
        if row["relation_id"] is not None:
            relation = data.relations[row["relation_id"] - 1]
            bodies += body(relation.subject) + body(relation.object)
        if row["designation_id"] is not None:
            designation = data.designations[row["designation_id"] - 1]
            bodies += body(designation.subject) + body(designation.authority)
        items.append(
            {
                "id": f"{own}#evidence-{row['evidence_id']}",
                "type": "Annotation",
                "motivation": "linking",
                "body": bodies[0] if len(bodies) == 1 else bodies,
                "target": {
                    "source": target_source,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": row["quote"],
                            "prefix": article[max(0, start - CONTEXT) : start],
                            "suffix": article[end : end + CONTEXT],
                        },
                        {"type": "TextPositionSelector", "start": start, "end": end},
                    ],
                },
            }
        )
    return {
        "@context": [ANNO_CONTEXT, _DC_TITLE],
        "id": own,
        "type": "AnnotationCollection",
        "label": f"{DATASET_TITLE} {release.version}: evidence in {release.source.title!r}",
        "total": len(items),
        "first": {"id": f"{own}#page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def render(release: Release) -> dict[str, bytes]:
    """The annotation file, by name."""
    text = json.dumps(collection(release), ensure_ascii=False, indent=1) + "\n"
    return {FILENAME: text.encode("utf-8")}
