"""The generated models and types as a user meets them: UNSET, iterating a model that is not a
page (issue 16 #3, #4)."""

from __future__ import annotations

import copy
import pickle
import pydoc
import subprocess
import sys
from typing import Any

import httpx
import pytest

from amigo_client import AmigoError, ConfigurationError
from amigo_client.api.role import RoleResource
from amigo_client.models.get_roles_response import GetRolesResponse
from amigo_client.models.get_user_model_response import GetUserModelResponse
from amigo_client.types import UNSET, Unset
from sdkutil import SignedIn, make_client

ROLES = {
    "roles": [
        {
            "id": "65f0000000000000000000a1",
            "name": "DefaultUserRole",
            "description": "a role",
            "frontend_view": "client",
            "permission_grants": [],
            "is_base_role": True,
        }
    ]
}


# -- UNSET ---------------------------------------------------------------------------------


def test_unset_reads_as_unset_in_signatures_and_reprs() -> None:
    assert repr(UNSET) == str(UNSET) == "UNSET"
    shown = pydoc.plain(pydoc.render_doc(RoleResource.modify_role))
    assert "body: 'ModifyRoleRequest" in shown and "= UNSET" in shown and "object at 0x" not in shown


def test_unset_stays_one_instance() -> None:
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    assert copy.copy(UNSET) is UNSET and copy.deepcopy({"a": [UNSET]})["a"][0] is UNSET
    assert Unset() is UNSET and not UNSET and isinstance(UNSET, Unset)


def test_unset_pickles_to_itself_in_another_process() -> None:
    data = pickle.dumps({"x": UNSET})
    code = (
        "import pickle, sys\n"
        "from amigo_client.types import UNSET\n"
        "assert pickle.loads(sys.stdin.buffer.read())['x'] is UNSET\n"
    )
    subprocess.run([sys.executable, "-c", code], input=data, check=True)


# -- a model is not a page -------------------------------------------------------------------


def test_iterating_a_response_that_is_not_a_page_says_what_to_iterate() -> None:
    client = make_client(SignedIn(lambda request: httpx.Response(200, json=ROLES)))
    roles = client.role.get_roles()
    assert not hasattr(roles, "has_more")
    with pytest.raises(ConfigurationError, match=r"^GetRolesResponse is not a page .*; iterate \.roles$") as caught:
        for _role in roles:  # type: ignore[attr-defined]
            pass
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, AmigoError)
    assert [role.name for role in roles.roles] == ["DefaultUserRole"]


def test_every_way_of_iterating_a_model_is_the_typed_error() -> None:
    roles: Any = GetRolesResponse.from_dict(ROLES)  # (mypy refuses to iterate it, rightly)
    for attempt in (list, tuple, iter, sorted, lambda m: [x for x in m]):
        with pytest.raises(TypeError, match="not a page"):
            attempt(roles)
    # Membership and item access of additional properties still work as before.
    roles["extra"] = 1
    assert "extra" in roles and roles["extra"] == 1


def test_a_model_without_a_list_field_says_it_is_one_object() -> None:
    model = GetUserModelResponse.from_dict({"user_models": [], "additional_context": []})
    with pytest.raises(TypeError, match="GetUserModelResponse is not a page .*iterate one of its lists"):
        list(model)  # type: ignore[call-overload]
    from amigo_client.models.sign_in_with_api_key_response import SignInWithApiKeyResponse

    token = SignInWithApiKeyResponse.from_dict({"id_token": "t", "expires_at": "2030-01-01T00:00:00Z"})
    with pytest.raises(TypeError, match="SignInWithApiKeyResponse is not a page .*it is one object"):
        list(token)  # type: ignore[call-overload]
