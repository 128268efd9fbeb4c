"""Loading and dispatching the same van from several benches at once never interleave:
no box is left `loading` on a dispatched van, and no acknowledged load is lost."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from tests.support.warehouse import small_warehouse
from warehouse_desktop.bench import BenchService, ScanAction
from warehouse_desktop.models import Box, Movement, VanLoad, database

VANS = 8
LOADERS = 3
BOXES_PER_LOADER = 6


def test_benches_racing_load_against_dispatch(any_db: str) -> None:
    wh = small_warehouse(boxes=VANS * LOADERS * BOXES_PER_LOADER)
    setup = BenchService("setup", operator="Setup")
    setup.scan(wh.blankets.code)
    for code in wh.box_codes:
        assert setup.scan(code).ok
    vans = [setup.create_van_load(f"Camp {n}").code for n in range(VANS)]
    # One database for all the threads; each thread gets its own connection to it.

    acknowledged: list[tuple[str, str]] = []  # (van, box) answered "loaded"
    dispatched: dict[str, int] = {}
    lock = threading.Lock()

    def loader(van: str, bench: str, boxes: list[str], go: threading.Barrier) -> None:
        service = BenchService(bench, operator=bench)
        assert service.scan(van).ok
        go.wait(60)
        for code in boxes:
            result = service.scan(code)
            if result.action is ScanAction.BOX_LOADED:
                with lock:
                    acknowledged.append((van, code))
            else:
                assert result.message in ("van_load_closed", "box_changed_elsewhere"), result

    def dispatcher(van: str, go: threading.Barrier, after: int) -> None:
        service = BenchService(f"office-{van}", operator="Office")
        go.wait(60)
        deadline = time.monotonic() + 60
        # Dispatch as soon as a few boxes are on, while the others still load.
        while time.monotonic() < deadline:
            with lock:
                loaded = sum(1 for v, _b in acknowledged if v == van)
            if loaded >= after:
                break
            time.sleep(0.001)
        result = service.dispatch_van(van)
        assert result.ok, result
        dispatched[van] = result.args["count"]

    jobs = []
    per_van = LOADERS * BOXES_PER_LOADER
    for n, van in enumerate(vans):
        go = threading.Barrier(LOADERS + 1)  # the loaders hold the van, then all start
        boxes = wh.box_codes[n * per_van : (n + 1) * per_van]
        for k in range(LOADERS):
            chunk = boxes[k * BOXES_PER_LOADER : (k + 1) * BOXES_PER_LOADER]
            jobs.append((loader, (van, f"bench-{n}-{k}", chunk, go)))
        jobs.append((dispatcher, (van, go, 2)))
    with ThreadPoolExecutor(len(jobs)) as pool:
        for future in [pool.submit(job, *args) for job, args in jobs]:
            future.result(timeout=300)
    database.close()  # the threads' connections end with them; read back on a fresh one

    for code in vans:
        van = VanLoad.get(VanLoad.code == code)
        assert van.state == "dispatched"
        on_van = list(Box.select().where(Box.van_load == van.id))
        assert {box.state for box in on_van} == {"dispatched"}, "a box left loading"
        assert len(on_van) == dispatched[code]
    assert Box.select().where(Box.state == "loading").count() == 0
    for van_code, box_code in acknowledged:
        box = Box.get(Box.code == box_code)
        assert (box.state, box.van_load.code) == ("dispatched", van_code), box_code
        loaded = Movement.select().where((Movement.box == box.id) & (Movement.action == "loaded"))
        assert loaded.count() == 1
    assert len(acknowledged) == sum(dispatched.values())
