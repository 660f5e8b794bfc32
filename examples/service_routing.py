"""Pattern 4, multi-service routing: pick the service that fits a request, then talk to it.

Lists the organization's active services (every page: ``client.service.get_services`` returns
a page that iterates item by item across pages), scores each by how many words of the request
appear in its name, description and tags, and opens a conversation with the best one, the
request as the user's first message. The reply streams as it arrives; the conversation is
finished afterwards.

    python examples/service_routing.py "I have a question about my invoice"

Settings: AMIGO_API_KEY, AMIGO_API_KEY_ID, AMIGO_USER_ID, AMIGO_ORGANIZATION_ID (required),
AMIGO_BASE_URL (default https://api.amigo.ai).

The documentation's version reads ``services.results`` and ``svc.service_id``; the contract's
page has ``services`` and each service an ``id`` (README: "Where the documentation and the
contract differ").
"""

from __future__ import annotations

import re
import sys
from typing import List, Tuple

from amigo_client import AmigoClient, AmigoError
from amigo_client.models.new_message_event import NewMessageEvent
from amigo_client.models.service_instance import ServiceInstance

DEFAULT_REQUEST = "I have a billing question about my last invoice."


def words(text: str) -> List[str]:
    """The words of ``text`` that carry meaning, lowercase, a plural "s" dropped."""
    found = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3]
    return [w[:-1] if w.endswith("s") else w for w in found]


def rank(request: str, services: List[ServiceInstance]) -> List[Tuple[int, ServiceInstance]]:
    """Services with their scores, best first (ties keep the API's order)."""
    wanted = set(words(request))
    scored = []
    for service in services:
        about = " ".join([service.name, service.description, *(tag.key for tag in service.tags)])
        scored.append((len(wanted & set(words(about))), service))
    return sorted(scored, key=lambda pair: -pair[0])


def main(argv: List[str]) -> int:
    request = " ".join(argv) or DEFAULT_REQUEST
    try:
        with AmigoClient() as client:
            services = list(client.service.get_services(is_active=True))
            if not services:
                print("no active service in this organization", file=sys.stderr)
                return 1
            ranking = rank(request, services)
            for score, service in ranking:
                print(f"score {score}: {service.name} ({service.id})")
            best = ranking[0][1]  # with no match at all this is the first service: the fallback
            print(f"routing to {best.name}")
            print(f"user: {request}")
            stream = client.create_conversation(best.id, initial_message=request)
            print("agent: ", end="", flush=True)
            with stream:
                for event in stream:
                    if isinstance(event, NewMessageEvent) and event.message:
                        print(event.message, end="", flush=True)
            print()
            conversation_id = stream.conversation_id
            assert conversation_id is not None
            if not stream.conversation_ended:
                client.conversation.finish_conversation(conversation_id)
            print(f"(conversation {conversation_id} with {best.name} finished)")
    except AmigoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
