import httpx
import pytest

from sdkutil import SignedIn, make_client

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("get-services")


def test_signed_in_helper_works() -> None:
    h = SignedIn(
        lambda r: httpx.Response(
            200, json={"services": [], "has_more": False, "continuation_token": None, "filter_values": {"tags": []}}
        )
    )
    from amigo_client.api.service import get_services

    with make_client(h) as c:
        page = c.call(get_services)
    assert page.services == [] and h.sign_ins == 1
