"""The workspace in a real browser: Debian's Chromium driven by Selenium against a real `transnorm serve`.

Upload a seed file, wait for done, edit a sentence with the keyboard only, see the diff and the new state,
approve with a key, search, download a TMX and read it. Screenshots of each page go to $TRANSNORM_SCREENSHOTS
(default tests/web/screenshots-out/). Needs /usr/bin/chromium and /usr/bin/chromedriver
(scripts/install-browser.sh); skipped without them unless TRANSNORM_REQUIRE_BROWSER=1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from tests.support import SEEDS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = Path(os.environ.get("TRANSNORM_SCREENSHOTS") or Path(__file__).parent / "screenshots-out")
WAIT = 60


def _require_browser() -> None:
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    reason = f"needs {CHROMIUM} and {CHROMEDRIVER}: run scripts/install-browser.sh"
    if os.environ.get("TRANSNORM_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tiny_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _require_browser()
    tmp = tmp_path_factory.mktemp("serve")
    port = _free_port()
    env = {
        **os.environ,
        "TRANSNORM_DATABASE_URL": f"sqlite:///{tmp / 'transnorm.db'}",
        "TRANSNORM_MODEL_DE_EN": str(tiny_models["de-en"]),
        "TRANSNORM_MODEL_NL_EN": str(tiny_models["nl-en"]),
        "TRANSNORM_MODELS_DIR": str(tmp / "models"),
        "TRANSNORM_BACKEND": "transformers",
        "TRANSNORM_OFFLINE": "1",
        "TRANSNORM_WORKERS": "1",
        "TRANSNORM_THREADS": "1",
        "TRANSNORM_API_KEYS": "",
    }
    transnorm = Path(sys.executable).parent / "transnorm"
    log = (tmp / "serve.log").open("w")
    proc = subprocess.Popen([str(transnorm), "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(base + "/ready", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("transnorm serve did not become ready:\n" + (tmp / "serve.log").read_text()[-3000:])
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()


@pytest.fixture(scope="module")
def browser(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    os.environ["SE_OFFLINE"] = "true"  # selenium-manager must never fetch a browser or driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads)})
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver: object, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_upload_review_search_export(server: str, browser: object) -> None:
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    d = browser
    # htmx replaces rows while a condition is being read: a stale element means "not yet", not a failure.
    wait = WebDriverWait(d, WAIT, ignored_exceptions=(StaleElementReferenceException,))  # type: ignore[arg-type]

    def keys(*sequence: str, hold: str | None = None) -> None:
        chain = ActionChains(d)  # type: ignore[arg-type]
        if hold:
            chain.key_down(hold)
        chain.send_keys(*sequence)
        if hold:
            chain.key_up(hold)
        chain.perform()

    # Upload a seed file and watch it until done (htmx polls the progress).
    d.get(server + "/")  # type: ignore[attr-defined]
    _shot(d, "01-documents-empty")
    seed = sorted(SEEDS.glob("*.txt"))[0]
    d.find_element(By.ID, "file").send_keys(str(seed))  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "form[action='/documents'] button[type=submit]").click()  # type: ignore[attr-defined]
    wait.until(ec.url_contains("/documents/"))
    _shot(d, "02-document-progress")
    wait.until(ec.presence_of_element_located((By.LINK_TEXT, "Show the translation"))).click()
    first = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "tr.pair")))
    assert "done" in d.find_element(By.ID, "progress").text  # type: ignore[attr-defined]
    _shot(d, "03-document-view")
    pos = first.get_attribute("data-pos")

    # Keyboard only: Alt+Down to the first sentence, Enter edits, Ctrl+A and type, Ctrl+Enter saves and moves on.
    d.find_element(By.TAG_NAME, "body").click()  # type: ignore[attr-defined]  # the page, not a control, has focus
    keys(Keys.ARROW_DOWN, hold=Keys.ALT)
    assert d.switch_to.active_element.get_attribute("data-pos") == pos  # type: ignore[attr-defined]
    keys(Keys.ENTER)
    editor = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "tr.pair.editing textarea")))
    wait.until(lambda _: d.switch_to.active_element == editor)  # type: ignore[attr-defined]
    keys("a", hold=Keys.CONTROL)
    keys("Official chronicle of the corrected kind")
    keys(Keys.ENTER, hold=Keys.CONTROL)
    # The next sentence's editor opens; Esc cancels it and focus stays on that row.
    wait.until(lambda _: d.find_elements(By.CSS_SELECTOR, f"tr.pair.editing:not([data-pos='{pos}'])"))  # type: ignore[attr-defined]
    keys(Keys.ESCAPE)
    wait.until(lambda _: not d.find_elements(By.CSS_SELECTOR, "tr.pair.editing"))  # type: ignore[attr-defined]
    edited = d.find_element(By.CSS_SELECTOR, f"tr.pair[data-pos='{pos}']")  # type: ignore[attr-defined]
    assert "state-edited" in edited.get_attribute("class")
    assert "Official chronicle of the corrected kind" in edited.find_element(By.CSS_SELECTOR, "td.tgt").text
    assert edited.find_elements(By.CSS_SELECTOR, ".diff ins") and edited.find_elements(By.CSS_SELECTOR, ".diff del")
    _shot(d, "04-edited-with-diff")

    # Alt+Up back to the edited sentence, A approves it.
    keys(Keys.ARROW_UP, hold=Keys.ALT)
    assert d.switch_to.active_element.get_attribute("data-pos") == pos  # type: ignore[attr-defined]
    keys("a")
    wait.until(lambda _: "state-approved" in d.find_element(  # type: ignore[attr-defined]
        By.CSS_SELECTOR, f"tr.pair[data-pos='{pos}']").get_attribute("class"))
    assert "by local" in d.find_element(By.CSS_SELECTOR, f"tr.pair[data-pos='{pos}']").text  # type: ignore[attr-defined]
    _shot(d, "05-approved")

    # Search: the corrected word is found and highlighted.
    d.get(server + "/search")  # type: ignore[attr-defined]
    box = d.find_element(By.ID, "s-q")  # type: ignore[attr-defined]
    box.send_keys("chronicle", Keys.ENTER)
    mark = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "td.tgt mark")))
    assert mark.text.lower() == "chronicle"
    _shot(d, "06-search")

    # Download the search result as TMX and read it back.
    d.find_element(By.LINK_TEXT, "Export TMX").click()  # type: ignore[attr-defined]
    downloads: Path = d.downloads  # type: ignore[attr-defined]
    deadline = time.monotonic() + WAIT
    while not (files := [p for p in downloads.glob("*.tmx")]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert files, "no TMX was downloaded"
    tree = etree.parse(str(files[0]))
    segs = [seg.text for seg in tree.iter("seg")]
    assert "Official chronicle of the corrected kind" in segs
    assert tree.find("header").get("srclang")  # type: ignore[union-attr]
