"""End to end in a real browser: Playwright driving Debian's Chromium against the app served by
uvicorn on a free loopback port. Screenshots go to test-artifacts/ (gitignored).

Skipped, with the reason, when the `playwright` package or `/usr/bin/chromium` is missing
(`.ci/run` installs chromium with apt-get).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from test_web import build_sample_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.slow

sync_api = pytest.importorskip("playwright.sync_api", reason="the `playwright` Python package is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed")
if not (CHROMIUM.exists() or shutil.which("chromium")):
    pytest.skip(f"Chromium not found at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from storyline.web.app import create_app

    db = build_sample_store(tmp_path_factory.mktemp("browser") / "sample.db")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page():
    ARTIFACTS.mkdir(exist_ok=True)
    executable = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        tab = context.new_page()
        tab.set_default_timeout(15_000)
        yield tab
        context.close()
        browser.close()


def test_analyst_goes_from_search_to_a_contested_event(base_url, page):
    requested_hosts: set[str] = set()
    page.on("request", lambda request: requested_hosts.add(urlsplit(request.url).hostname or ""))
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))

    page.goto(base_url + "/")
    sync_api.expect(page.locator("h1")).to_have_text("Overview")
    sync_api.expect(page.locator("tr.event").first).to_have_class("event status-contested")
    page.screenshot(path=str(ARTIFACTS / "1-overview.png"), full_page=True)

    page.fill("header input[type=search]", "Маск")
    page.press("header input[type=search]", "Enter")
    page.wait_for_url("**/search?q=*")
    sync_api.expect(page.locator("li.hit").first).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "2-search.png"), full_page=True)

    page.click("a.entity-link:has-text('Elon Musk')")
    sync_api.expect(page.locator("h1.entity-name")).to_contain_text("Elon Musk")
    sync_api.expect(page.locator("table.aliases")).to_contain_text("Маск")
    assert page.locator("svg.timeline .event-mark").count() >= 4
    page.screenshot(path=str(ARTIFACTS / "3-entity.png"), full_page=True)

    page.click("tr:has-text('Vladimir Putin') a.relationship-link")
    sync_api.expect(page.locator("h1")).to_contain_text("Vladimir Putin")
    contested = page.locator("section.event-block.status-contested")
    sync_api.expect(contested).to_have_count(1)
    sync_api.expect(contested.locator("h2 .when")).to_contain_text("2022")
    sync_api.expect(contested.locator(".side.against .claim-card")).to_have_count(2)
    sync_api.expect(contested.locator(".side.for .claim-card")).to_have_count(1)
    sync_api.expect(page.locator("svg.timeline .event-mark.status-contested")).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "4-relationship.png"), full_page=True)

    # the injected script in the sample article must never run: it shows as text
    page.goto(base_url + "/documents/xss")
    sync_api.expect(page.locator("h1")).to_contain_text("<script>alert(1)</script>")
    page.screenshot(path=str(ARTIFACTS / "5-article.png"), full_page=True)

    assert errors == []
    assert requested_hosts == {"127.0.0.1"}  # everything came from the app itself: no CDN, no fonts
