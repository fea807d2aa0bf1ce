"""``newsletter-desk unsubscribe-service``, started as an operator would, served by waitress."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path

from engine.mail import signed_links
from tests.servers.ports import dying_with_us, free_port
from tests.support import ROOT


def _wait_for(url: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()[1]
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answered
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the service did not start")


def test_the_command_serves_the_one_click_post_with_the_key_file(tmp_path: Path) -> None:
    key = signed_links.new_key()
    data = tmp_path / "data"
    data.mkdir()
    (data / "key").write_text(signed_links.key_text(key) + "\n", encoding="ascii")
    port = free_port()
    process = subprocess.Popen(
        dying_with_us([sys.executable, "-m", "desktop", "unsubscribe-service",
                       "--listen", f"127.0.0.1:{port}", "--data", str(data)]),
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(f"{base}/api/requests", process)
        signed = signed_links.sign(key, "abcdefghijklmnop", [1], date.today())
        request = urllib.request.Request(
            f"{base}/u/{signed}", data=b"List-Unsubscribe=One-Click", method="POST",
            headers={"Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
        assert (data / "requests.sqlite3").exists()
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout:
            process.stdout.close()
        if process.stderr:
            process.stderr.close()


def test_the_command_refuses_to_start_without_a_key(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "unsubscribe-service",
                           "--data", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert "shared key" in done.stderr
