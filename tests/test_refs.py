"""spectools.refs: the one $ref resolver shared by scripts/ and amigo_emulator."""

import pytest

from spectools.refs import Resolver, pointer

DOC = {
    "components": {
        "schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"type": "string"},
            "a/b~c": {"type": "integer"},
            "Loop": {"$ref": "#/components/schemas/Loop"},
        }
    },
    "list": [{"x": 1}],
}


def test_follows_chains_and_escapes() -> None:
    resolve = Resolver(DOC)
    assert resolve({"$ref": "#/components/schemas/A"}) == {"type": "string"}
    assert resolve({"$ref": "#/components/schemas/a~1b~0c"}) == {"type": "integer"}
    assert pointer(DOC, "#/list/0") == {"x": 1}
    assert resolve({"type": "object"}) == {"type": "object"}


def test_dangling_and_cycles_are_named() -> None:
    resolve = Resolver(DOC)
    with pytest.raises(KeyError, match="Missing"):
        resolve({"$ref": "#/components/schemas/Missing"})
    with pytest.raises(ValueError, match="cycle"):
        resolve({"$ref": "#/components/schemas/Loop"})
    with pytest.raises(KeyError, match="not a local reference"):
        pointer(DOC, "other.yaml#/x")
