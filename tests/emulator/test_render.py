"""The renderer in-process: what a contract schema makes of stored state (amigo_emulator.render)."""

from __future__ import annotations

from typing import Any, Dict

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from amigo_emulator.render import EPOCH, Renderer
from amigo_emulator.schema import SchemaValidator

ID = {"type": "string", "pattern": "^[a-f0-9]{24}$"}
SCHEMAS: Dict[str, Any] = {
    "Item": {
        "type": "object",
        "required": ["item_id", "name", "kind", "count", "when", "flag", "owner_id", "nested", "note"],
        "properties": {
            "item_id": ID,
            "name": {"type": "string"},
            "kind": {"type": "string", "enum": ["alpha", "beta"]},
            "count": {"type": "integer", "minimum": 3},
            "when": {"type": "string", "format": "date-time"},
            "flag": {"type": "boolean", "default": True},
            "owner_id": ID,
            "nested": {
                "type": "object",
                "required": ["ref"],
                "properties": {"ref": ID, "level": {"const": "top"}},
            },
            "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "value_type": {"type": "string", "enum": ["boolean", "numerical"]},
            "description": {"type": "string"},
        },
    },
    "Value": {"anyOf": [{"type": "number"}, {"type": "boolean"}, {"type": "string"}, {"type": "null"}]},
    "Event": {
        "oneOf": [
            {"$ref": "#/components/schemas/A"},
            {"$ref": "#/components/schemas/B"},
        ]
    },
    "A": {"type": "object", "required": ["type", "a"], "properties": {"type": {"const": "a"}, "a": {"type": "string"}}},
    "B": {"type": "object", "required": ["type", "b"], "properties": {"type": {"const": "b"}, "b": {"type": "string"}}},
    "Page": {
        "type": "object",
        "required": ["items"],
        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}},
    },
}
DOCUMENT = {"components": {"schemas": SCHEMAS}}


def _renderer() -> Renderer:
    return Renderer(SchemaValidator(DOCUMENT))


def _valid(name: str, value: Any) -> None:
    schema = {"$ref": f"#/components/schemas/{name}", **DOCUMENT}
    errors = list(Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(value))
    assert not errors, [e.message for e in errors]


def _ref(name: str) -> Dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


STATE: Dict[str, Any] = {
    "id": "65f0000000000000000000a1",
    "name": "first",
    "created_at": "2026-03-01T10:00:00.000Z",
    "secret_internal": "never sent",
    "_private": 1,
    "details": {"value": {"type": "numerical"}, "description": "moved under details"},
    "creator": {"owner_id": "65f0000000000000000000b1"},
    "updater": {"owner_id": "65f0000000000000000000b2"},
}


def test_state_is_shaped_by_the_schema_and_missing_fields_filled_deterministically() -> None:
    renderer = _renderer()
    page = renderer.render(_ref("Page"), {"items": [STATE]}, kind="item")
    _valid("Page", page)
    [item] = page["items"]
    assert "secret_internal" not in item and "_private" not in item and "created_at" not in item
    assert item["item_id"] == STATE["id"]  # the kind's own id
    assert (item["name"], item["kind"], item["count"], item["flag"], item["note"]) == ("first", "alpha", 3, True, None)
    assert item["when"] == STATE["created_at"]  # a date-time is anchored on the item's creation
    assert item["nested"]["ref"] != item["owner_id"]
    assert item["value_type"] == "numerical"  # flattened: details.value.type
    assert item["description"] == "moved under details"  # nested under another object
    # ids are derived from the item: the same state renders the same answer, another item differs
    assert renderer.render(_ref("Page"), {"items": [STATE]}, kind="item") == page
    other = renderer.render(_ref("Page"), {"items": [{**STATE, "id": "65f0000000000000000000a2"}]}, kind="item")
    assert other["items"][0]["owner_id"] != item["owner_id"]
    # an id nested under two other objects is another item's, never taken for this one's
    assert item["owner_id"] not in (STATE["creator"]["owner_id"], STATE["updater"]["owner_id"])


def test_a_date_time_without_an_anchor_is_the_fixed_epoch() -> None:
    item = _renderer().render(_ref("Item"), {"name": "x"})
    assert item["when"] == EPOCH
    _valid("Item", item)


def test_unions_keep_the_value_in_its_own_alternative() -> None:
    renderer = _renderer()
    for value in (False, True, 0, 2.5, "warm", None):
        shaped = renderer.render(_ref("Value"), value)
        assert shaped == value and type(shaped) is type(value)  # a boolean never becomes 0.0
    assert renderer.render(_ref("Event"), {"type": "b", "b": "x", "extra": 1}) == {"type": "b", "b": "x"}
    filled = renderer.render(_ref("Event"), {"type": "b"})
    assert filled == {"type": "b", "b": "emulated"}
    _valid("Event", filled)


def test_fields_a_contract_moves_under_a_new_object_are_moved_there() -> None:
    """Rule 5b: a value holding flat what the schema now nests under a new object (a request built
    for the previous version, or state kept flat) is shaped with those fields moved, fields the
    schema no longer has are left out, and a sibling's field is never taken into the object."""
    version = {
        "type": "object",
        "required": ["description", "value"],
        "properties": {"description": {"type": "string"}, "value": {"type": "boolean"}, "name": {"type": "string"}},
    }
    request = {
        "type": "object",
        "required": ["name", "initial_version"],
        "properties": {"name": {"type": "string"}, "initial_version": version, "notes": {"type": "string"}},
    }
    renderer = Renderer(SchemaValidator({"components": {"schemas": {}}}))
    flat = {"name": "Helpful", "description": "How helpful", "value": True, "keyterms": ["gone"]}
    assert renderer.render(request, flat) == {
        "name": "Helpful",
        "initial_version": {"description": "How helpful", "value": True},
    }
    # Already nested: kept as it is; nothing of the object's fields at the top: filled from its schema.
    nested = {"name": "Helpful", "initial_version": {"description": "d", "value": False}}
    assert renderer.render(request, nested) == nested
    assert renderer.render(request, {"name": "Helpful"}) == {
        "name": "Helpful",
        "initial_version": {"description": "emulated", "value": False},
    }
