"""Backends: the state and rules of one resource each, free of HTTP (moto's ``models.py``).

A backend takes plain values and the organization, changes state, and raises
:mod:`amigo_emulator.errors` when a rule refuses; the operation handlers (moto's
``responses.py``: :mod:`amigo_emulator.services`, :mod:`amigo_emulator.webhook_api`...) parse
the request, call the backend and render the answer. The caller holds the store lock.

* :mod:`.services`: services and their version sets;
* :mod:`.webhooks`: webhook destinations and their secrets;
* :mod:`.users`: users, their variables and memories;
* :mod:`.metrics`: metrics and evaluation results;
* :mod:`.behaviors`: dynamic behavior sets, versions and invocations;
* :mod:`.simulations`: personas, scenarios, unit test sets and runs;
* :mod:`amigo_emulator.resources`: every resource served from the contract alone.
"""

from __future__ import annotations

from typing import List

__all__: List[str] = []
