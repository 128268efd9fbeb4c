"""Four benches at once on one database: no box on two van loads, no movement lost,
stock that agrees with the movements."""

from __future__ import annotations

import json
import random
import subprocess
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

from tests.support.cli import CLI
from tests.support.warehouse import small_warehouse
from warehouse_desktop.bench import BenchService
from warehouse_desktop.codes import CodeKind, make_code
from warehouse_desktop.db import close_database, open_database
from warehouse_desktop.models import Box, Location, Movement, VanLoad

BENCHES = 4
BOXES = 40
# Acknowledged scan action -> the movement it writes.  In check-in mode a box that is
# on a van load is only shown (amber) until it is scanned a second time.
WRITES = {"box_moved": "moved", "box_loaded": "loaded", "box_returned": "unloaded"}


def _prepare(any_db: str) -> tuple[list[str], list[str], list[str]]:
    wh = small_warehouse(boxes=BOXES)
    bench = BenchService("setup", operator="Tester")
    bench.scan(wh.blankets.code)
    for code in wh.box_codes:
        assert bench.scan(code).ok
    shelves = [
        Location.create(code=make_code(CodeKind.LOCATION, 10 + n), name=f"Shelf X{n}").code
        for n in range(BENCHES)
    ]
    loads = [
        VanLoad.create(code=make_code(CodeKind.VAN_LOAD, n + 1), destination=f"Site {n}").code
        for n in range(BENCHES)
    ]
    close_database()
    return wh.box_codes, shelves, loads


def test_four_benches_loading_and_moving_the_same_boxes(any_db: str) -> None:
    box_codes, shelves, loads = _prepare(any_db)
    children = []
    for n in range(BENCHES):
        rng = random.Random(n)
        moves = box_codes[:]
        rng.shuffle(moves)
        loading = box_codes[:]
        rng.shuffle(loading)
        script = [shelves[n], *moves, loads[n], *loading]
        child = subprocess.Popen(
            [*CLI, "scan", "--db", any_db, "--bench", f"bench-{n}", "--json", "-"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={"WAREHOUSE_BUSY_TIMEOUT_MS": "30000", **_env()},
        )  # fmt: skip
        children.append((child, "\n".join(script) + "\n"))
    # All four talk at once: each child is fed and read by its own thread.
    with ThreadPoolExecutor(BENCHES) as pool:
        finished = list(pool.map(lambda pair: pair[0].communicate(pair[1], timeout=300), children))
    outputs = []
    for (child, _script), (out, err) in zip(children, finished, strict=True):
        assert "Traceback" not in err, err
        assert child.returncode in (0, 3), err
        outputs.append([json.loads(line) for line in out.splitlines()])
    refusals = Counter(r["message_key"] for results in outputs for r in results if not r["ok"])
    assert refusals["box_on_other_load"] > 0, "the benches did not really compete"

    open_database(any_db)
    try:
        acked = Counter()
        for n, results in enumerate(outputs):
            assert len(results) == 2 * BOXES + 2  # every scan answered
            for result in results:
                if result["ok"] and result["action"] in WRITES:
                    acked[(f"bench-{n}", WRITES[result["action"]])] += 1
                elif result["confirm"]:
                    # A box another bench loaded meanwhile: amber, nothing written.
                    assert result["message_key"] == "confirm_return_loading", result
                elif not result["ok"]:
                    assert result["message_key"] in (
                        "box_on_other_load", "box_changed_elsewhere", "box_not_loadable",
                    ), result  # fmt: skip
        written = Counter(
            (m.bench, m.action)
            for m in Movement.select().where(Movement.bench.startswith("bench-"))
        )
        assert written == acked, "every acknowledged scan has exactly one movement"

        # A box is only ever loaded from stock: never from one van load onto another.
        for m in Movement.select().where(Movement.action == "loaded"):
            assert (m.from_state, m.from_van_load_id) == ("in_stock", None), m.box_id
        assert sum(acked[(f"bench-{n}", "loaded")] for n in range(BENCHES)) >= BOXES

        # Replaying the movements gives exactly the boxes' recorded state.
        replay: dict[int, tuple] = defaultdict(tuple)
        for m in Movement.select().order_by(Movement.id):
            replay[m.box_id] = (m.to_state, m.to_location_id, m.van_load_id)
        for box in Box.select():
            assert replay[box.id] == (box.state, box.location_id, box.van_load_id)
    finally:
        close_database()


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)
