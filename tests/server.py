"""Running a real ``rempart serve`` process for tests that need one (crash and browser tests)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def running_server(
    database_url: str, *args: str, timeout: float = 60.0
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A live server on a free loopback port; yields its base URL and process, then stops it."""
    port = free_port()
    env = {**os.environ, "REMPART_DATABASE_URL": database_url}
    process = subprocess.Popen(
        [sys.executable, "-m", "rempart", "serve", "--host", "127.0.0.1", "--port", str(port), *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                output = process.stdout.read().decode() if process.stdout else ""
                raise RuntimeError(f"server exited early:\n{output}")
            try:
                if httpx.get(f"{base}/healthz", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not answer /healthz in time")
            time.sleep(0.1)
        yield base, process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout:
            process.stdout.close()


def publish_until_stopped(base: str, key: str, acknowledged: list[str], stop: threading.Event,
                          worker: int, ended: list[str] | None = None) -> None:
    """Publish comments ``w<worker>-<n>`` until ``stop`` or the server goes away, noting the
    external id of each one acknowledged (201); why the stream ended goes to ``ended``."""
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"},
                      timeout=30.0) as client:
        n = 0
        while not stop.is_set():
            external_id = f"w{worker}-{n}"
            n += 1
            try:
                response = client.post("/v1/comments", json={
                    "external_id": external_id, "content_id": "video-1",
                    "author_id": f"user-{n % 7}", "text": f"Super vidéo, merci ! #{n}"})
            except httpx.TimeoutException:
                continue  # a slow answer on a busy machine: not acknowledged, try the next one
            except httpx.HTTPError as error:
                if ended is not None:
                    ended.append(f"publisher {worker}: {error!r}")
                return  # the server is gone
            if response.status_code == 201:
                acknowledged.append(external_id)
