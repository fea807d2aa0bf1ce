"""The confirm and manage pages in a real headless Chromium, with screenshots for the docs.

The browser trusts the test's self-signed certificate by ``accept_insecure_certs`` (this is
the person's browser in the test, not the desktop's pull, which always verifies).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.servers.unsubscribe_service import ServiceServer
from tests.support import missing

SCREENS = Path(__file__).resolve().parents[3] / "docs" / "screens"
TOKEN = "abcdefghijklmnop"


@pytest.fixture
def browser() -> Iterator[Any]:
    if not (shutil.which("chromium") and Path("/usr/bin/chromedriver").exists()):
        missing("chromium and chromium-driver are not installed")
    os.environ["SE_OFFLINE"] = "true"  # no Selenium Manager downloads
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=900,620"):
        options.add_argument(argument)
    options.accept_insecure_certs = True
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()


def _heading_after_submit(browser: Any, expected: str) -> None:
    """Click Submit and wait for the next page: right after the click the old page may still
    be the one the browser shows."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda b: b.find_element(By.TAG_NAME, "h1").text == expected)


def _records(service: ServiceServer) -> list[dict[str, Any]]:
    import json

    status, body = service.get("/api/requests", service.bearer())
    assert status == 200
    return list(json.loads(body)["requests"])


def test_the_confirm_page_unsubscribes_only_when_the_button_is_pressed(
        unsubscribe_service: ServiceServer, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    unsubscribe_service.publish("Green Grocer Weekly", {1: "Weekly offers"})
    signed = unsubscribe_service.link(TOKEN, [1], date.today())
    browser.get(f"{unsubscribe_service.base_url}/u/{signed}")
    assert "Unsubscribe from Green Grocer Weekly?" in browser.find_element(By.TAG_NAME, "h1").text
    assert _records(unsubscribe_service) == []
    SCREENS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENS / "unsubscribe-confirm.png"))

    _heading_after_submit(browser, "You are unsubscribed")
    assert [r["token"] for r in _records(unsubscribe_service)] == [TOKEN]

    browser.get(f"{unsubscribe_service.base_url}/u/{signed}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "You are already unsubscribed"


def test_the_manage_page_lists_the_persons_lists_and_saves_the_unticked(
        unsubscribe_service: ServiceServer, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    unsubscribe_service.publish("Green Grocer Weekly",
                                {1: "Weekly offers", 2: "Recipes", 3: "Shop news", 9: "Other"})
    signed = unsubscribe_service.link(TOKEN, [1, 2, 3], date.today())
    browser.get(f"{unsubscribe_service.base_url}/m/{signed}")
    labels = [e.text for e in browser.find_elements(By.TAG_NAME, "label")]
    assert labels == ["Weekly offers", "Recipes", "Shop news"]  # only the lists of the link
    browser.find_element(By.CSS_SELECTOR, "input[value='2']").click()
    SCREENS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENS / "unsubscribe-manage.png"))

    _heading_after_submit(browser, "Your choices are saved")
    assert "Recipes" in browser.find_element(By.TAG_NAME, "ul").text
    [record] = _records(unsubscribe_service)
    assert (record["action"], record["lists"]) == ("manage", [2])


def test_a_forged_link_shows_a_plain_refusal_page(unsubscribe_service: ServiceServer,
                                                  browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{unsubscribe_service.base_url}/u/bm90LWEtbGluaw.AAAA")
    assert browser.find_element(By.TAG_NAME, "h1").text == "This link cannot be used"
