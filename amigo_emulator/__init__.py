"""amigo_emulator: a local, stateful emulator of the Amigo API for development and tests.

It speaks the wire protocol of ``openapi.yaml`` (paths under ``/v1/{organization}``, bearer JWTs
from ``sign-in-with-api-key``, NDJSON streams for create and interact) over a real socket, with a
scripted deterministic agent, signed webhooks and fault switches. It is a development tool:
``amigo_client`` never imports it.

* ``python -m amigo_emulator --port 8765`` runs it (see :mod:`amigo_emulator.__main__`);
* :func:`amigo_emulator.testing.running_emulator` runs it in a subprocess for a test;
* :mod:`amigo_emulator.pytest_plugin` provides ``emulator`` / ``emu`` fixtures;
* the control API is described in :mod:`amigo_emulator.control`, the fault switches in
  :mod:`amigo_emulator.faults`, the seed file in :mod:`amigo_emulator.config`, the webhook
  payload and signatures in :mod:`amigo_emulator.webhooks`.

Module map: ``app`` (ASGI app, fault layer, validation), ``spec``/``schema`` (the contract),
``respond``/``render`` (every JSON answer shaped by the contract), ``store`` (state), ``models``
(backends: state and rules per resource, conversations and their turns included; ``errors``),
``streaming`` (the NDJSON wire format), ``agent``/``evaluation`` (the scripted agent, metric
values), ``conversations``, ``users``, ``services``, ``metrics``, ``behaviors``, ``webhook_api``,
``simulations``, ``auth``, ``tools`` (operation handlers), ``generic``/``resources`` (operations
served from the contract alone), ``webhooks``/``scheduler``/``postprocess`` (background work),
``tokens`` (HS256 JWTs), ``server`` (uvicorn), ``testing``/``pytest_plugin``.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
