"""Forked worker processes, one task at a time each, so that a worker that dies costs only its task.

A worker killed by the out-of-memory killer, or crashing in native code,
would leave a ``multiprocessing.Pool`` waiting forever for its result. Here
the parent knows which task every worker holds: when a worker dies, a task of
several items is split and each item is tried again alone in a new worker;
an item a worker dies on alone is given up (``lost(item, reason)`` is its
result). Results come back in input order.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from multiprocessing.connection import wait
from typing import Callable, Iterable, Iterator


class _Worker:
    """A forked process serving tasks over a pipe, and the task it holds (sequence numbers and items)."""

    def __init__(self, work: Callable[[list], list]):
        context = multiprocessing.get_context("fork")
        self.work = work
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, work), daemon=True)
        self.process.start()
        child.close()
        self.task: list[tuple[int, object]] | None = None

    def give(self, task: list[tuple[int, object]]) -> bool:
        self.task = task
        try:
            self.conn.send([item for _, item in task])
            return True
        except (OSError, ValueError):  # the worker is already gone
            return False

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _serve(conn, work: Callable[[list], list]) -> None:
    # The parent handles Ctrl-C, SIGTERM and SIGHUP (and stops the workers); its handlers are not ours.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)
    while True:
        try:
            items = conn.recv()
        except (EOFError, OSError):
            return
        if items is None:
            return
        conn.send(work(items))


def _death(process) -> str:
    process.join()
    code = process.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        return f"killed by {name}" + (", perhaps for lack of memory" if name == "SIGKILL" else "")
    return f"exit status {code}"


def run_tasks(work: Callable[[list], list], tasks: Iterable[list], *, n_process: int, window: int,
              lost: Callable[[object, str], object]) -> Iterator:
    """Results of work(task) for every item of every task, in order, computed in n_process forked workers.

    At most `window` items are read ahead of the result last given out.
    """
    tasks = iter(tasks)
    queue: deque[list[tuple[int, object]]] = deque()
    done: dict[int, object] = {}
    counter = itertools.count()
    read = given = 0
    exhausted = False
    workers = [_Worker(work) for _ in range(n_process)]
    finished = False
    try:
        while True:
            while not exhausted and read - given < window:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                else:
                    queue.append([(next(counter), item) for item in task])
                    read += len(task)
            for n, worker in enumerate(workers):
                if worker.task is None and queue:
                    if not worker.process.is_alive():  # died between tasks: nothing of it is lost
                        worker.stop()
                        workers[n] = worker = _Worker(worker.work)
                    if not worker.give(queue.popleft()):
                        workers[n] = _replace(worker, queue, done, lost)
            while given in done:
                yield done.pop(given)
                given += 1
            busy = [worker for worker in workers if worker.task is not None]
            if not busy:
                if exhausted and not queue:
                    finished = True
                    return
                continue
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.conn not in ready and worker.process.sentinel not in ready:
                    continue
                try:
                    results = worker.conn.recv() if worker.conn.poll() else None
                except (EOFError, OSError):
                    results = None
                if results is None:
                    workers[workers.index(worker)] = _replace(worker, queue, done, lost)
                    continue
                done.update(zip((seq for seq, _ in worker.task), results))
                worker.task = None
    finally:
        for worker in workers:
            if finished:
                try:
                    worker.conn.send(None)
                    worker.process.join(timeout=5)
                except (OSError, ValueError):
                    pass
            worker.stop()


def _replace(worker: _Worker, queue: deque, done: dict, lost: Callable[[object, str], object]) -> _Worker:
    """A new worker for one that died: a task of several items is queued again item by item, the
    one item of a task is given up."""
    reason = _death(worker.process)
    task = worker.task or []
    worker.stop()
    if len(task) == 1:
        seq, item = task[0]
        done[seq] = lost(item, reason)
    else:
        queue.extendleft([entry] for entry in reversed(task))
    return _Worker(worker.work)
