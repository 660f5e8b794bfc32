"""Peak RSS growth while one contender consumes the long stream, in a fresh process.

``python -m bench.memory NAME BASE_URL`` prints one JSON object: ``baseline_rss`` (bytes resident
after imports, sign-in and a short warm-up stream), ``peak_rss`` (the highest resident set while
the long stream is consumed), ``growth`` (their difference), ``events``, ``seconds`` and ``method``.

The peak is the kernel's high-water mark of this process's memory (``VmHWM`` in
``/proc/self/status``), reset at the baseline by writing ``5`` to ``/proc/self/clear_refs``, so
it covers the stream only. ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` is the fallback where
/proc cannot do that; it is not used first because Linux carries it over from the parent across
fork and exec (a child of a big process starts with the parent's peak), and because it cannot be
reset, it can only overstate the growth.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Optional

from .contenders import FACTORIES
from .server import MEMORY_SERVICE, WARMUP_SERVICE


def current_rss() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark of this process (Linux 4.0+); False if it cannot."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def peak_rss() -> Optional[int]:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def main() -> None:
    name, base_url = sys.argv[1], sys.argv[2]
    contender = FACTORIES[name](base_url)
    contender.count_events(WARMUP_SERVICE)
    baseline = current_rss()
    method = "VmHWM after clear_refs" if reset_peak() and peak_rss() is not None else "ru_maxrss"
    start = time.perf_counter()
    events = contender.count_events(MEMORY_SERVICE)
    seconds = time.perf_counter() - start
    peak = peak_rss() if method != "ru_maxrss" else None
    if peak is None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kilobytes on Linux
    contender.close()
    print(
        json.dumps(
            {
                "name": name,
                "baseline_rss": baseline,
                "peak_rss": peak,
                "growth": peak - baseline,
                "events": events,
                "seconds": seconds,
                "method": method,
            }
        )
    )


if __name__ == "__main__":
    main()
