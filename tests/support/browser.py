"""Debian's Chromium, headless, driven by Selenium through the system chromedriver.

Nothing is downloaded: without /usr/bin/chromium and /usr/bin/chromedriver (``apt-get install
chromium chromium-driver``) the browser tests are skipped and say so. Selenium blocks, so
every browser step runs in a thread while the desk's server keeps serving on the loop.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PHONE_WIDTH = 390  # an iPhone 12-15 screen in CSS pixels
WAIT_SECONDS = 15

T = TypeVar("T")


def missing_browser() -> str | None:
    """Why browser tests cannot run here, or None."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            return f"{path} missing: apt-get install chromium chromium-driver (.ci/run does)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


class Browser:
    def __init__(self, driver: Any) -> None:
        self.driver = driver

    async def do(self, step: Callable[[Any], T]) -> T:
        """Run one blocking Selenium step off the event loop."""
        return await asyncio.to_thread(step, self.driver)

    async def open(self, url: str) -> None:
        await self.do(lambda d: d.get(url))

    async def text(self) -> str:
        return await self.do(lambda d: d.find_element("tag name", "body").text)

    async def click(self, css: str) -> None:
        """Click and wait for the next page (forms post and redirect)."""

        def step(d: Any) -> None:
            from selenium.common.exceptions import WebDriverException
            from selenium.webdriver.support.wait import WebDriverWait

            # A mark on the old page's window: a new page starts without it. (Waiting for the
            # old <html> element to go stale broke with Chromium 156, which answers a look at
            # a node of a page being replaced with "unhandled inspector error".)
            d.execute_script("window.__beforeClick = true")
            d.find_element("css selector", css).click()

            def on_the_next_page(d: Any) -> bool:
                try:
                    return bool(
                        d.execute_script(
                            "return window.__beforeClick === undefined"
                            " && document.readyState === 'complete'"
                        )
                    )
                except WebDriverException:  # between two pages
                    return False

            WebDriverWait(d, WAIT_SECONDS).until(on_the_next_page)

        await self.do(step)

    async def fill(self, css: str, value: str) -> None:
        def step(d: Any) -> None:
            field = d.find_element("css selector", css)
            field.clear()
            field.send_keys(value)

        await self.do(step)

    async def screenshot(self, path: Path, *, full_page: bool = True) -> None:
        def step(d: Any) -> None:
            if full_page:  # grow the window to the page, so the picture shows all of it
                height = d.execute_script("return document.documentElement.scrollHeight")
                width = d.execute_script("return window.innerWidth")
                d.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {
                        "width": width,
                        "height": min(int(height), 4000),
                        "deviceScaleFactor": 1,
                        "mobile": width <= PHONE_WIDTH,
                    },
                )
            d.save_screenshot(str(path))
            if full_page:
                d.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

        path.parent.mkdir(parents=True, exist_ok=True)
        await self.do(step)

    async def phone(self) -> None:
        await self.do(
            lambda d: d.execute_cdp_cmd(
                "Emulation.setDeviceMetricsOverride",
                {"width": PHONE_WIDTH, "height": 844, "deviceScaleFactor": 1, "mobile": True},
            )
        )

    async def overflow_px(self) -> int:
        """How far the page is wider than the screen (0: nothing to scroll sideways)."""
        return int(
            await self.do(
                lambda d: d.execute_script(
                    "return document.documentElement.scrollWidth - window.innerWidth"
                )
            )
        )


@contextmanager
def chromium() -> Iterator[Browser]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="desk-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1200,900",
        "--lang=de-DE",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    # German date and time fields, as staff see them (with chromium-l10n installed).
    service = Service(
        str(CHROMEDRIVER), env={**os.environ, "LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
    )
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    try:
        yield Browser(driver)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
