"""GraphiQL loads in a real headless Chromium, and a query typed into it returns data."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.server import ServerProcess

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver"),
]

TYPED_QUERY = "{ serverInfo { version } scripts(first: 2) { totalCount nodes { title } } }"


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_window_size(1400, 900)
    yield driver
    driver.quit()


@pytest.fixture
def server(fresh_database: str, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess({"DATABASE_URL": fresh_database}, ("--demo",), log_dir=tmp_path).start()
    yield process
    process.stop()


def test_a_query_typed_into_graphiql_returns_data(browser: Any, server: ServerProcess) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{server.base_url}/graphql")
    wait = WebDriverWait(browser, 30)
    editor = wait.until(ready.element_to_be_clickable((By.CSS_SELECTOR, ".graphiql-query-editor .CodeMirror")))
    editor.click()
    active = browser.switch_to.active_element
    active.send_keys(Keys.CONTROL, "a")
    active.send_keys(Keys.DELETE)
    active.send_keys(TYPED_QUERY)
    typed = browser.execute_script(
        "return document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()"
    )
    assert typed.replace(" ", "") == TYPED_QUERY.replace(" ", "")

    # GraphiQL re-derives the operation name from the editor after a short debounce; clicking
    # before it lands would run the typed text under the example's operation name.
    wait.until(lambda driver: "serverInfo" in driver.execute_script("return new URLSearchParams(location.search).get('q')"))
    browser.find_element(By.CSS_SELECTOR, ".graphiql-execute-button").click()
    read_result = "return document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()"
    wait.until(lambda driver: '"totalCount"' in driver.execute_script(read_result))
    result = json.loads(browser.execute_script(read_result))
    assert "errors" not in result
    assert result["data"]["scripts"]["totalCount"] > 0  # demo data, anonymous view: public scripts
    assert len(result["data"]["scripts"]["nodes"]) == 2
    assert result["data"]["serverInfo"]["version"]
