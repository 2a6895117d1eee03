"""The real LibreTranslate clients (libretranslatepy, deep-translator, libretranslate-aio) against a running server.

``transnorm serve`` runs as a subprocess on a free loopback port with the tiny models and SQLite, once without
keys and once with ``TRANSNORM_API_KEYS``, so the clients go through uvicorn exactly as they would in production.
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

WRITE_KEY = "lt-client-write-key"
GERMAN = "Die Regierung hat heute ein neues Gesetz beschlossen."
TAGS = re.compile(r"<[^>]+>")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(tmp: Path, tiny_models: dict[str, Path], api_keys: str) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "TRANSNORM_DATABASE_URL": f"sqlite:///{tmp / 'lt.db'}",
           "TRANSNORM_MODEL_DE_EN": str(tiny_models["de-en"]), "TRANSNORM_MODEL_NL_EN": str(tiny_models["nl-en"]),
           "TRANSNORM_MODELS_DIR": str(tmp / "models"), "TRANSNORM_BACKEND": "transformers",
           "TRANSNORM_THREADS": "1", "TRANSNORM_WORKERS": "0", "TRANSNORM_API_KEYS": api_keys,
           "TRANSNORM_LOG_LEVEL": "warning"}
    process = subprocess.Popen(
        [sys.executable, "-c", "from service.cli import main; main()", "serve", "--host", "127.0.0.1",
         "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode() if process.stderr else "server exited")
            try:
                if httpx.get(f"{url}/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not become ready")
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        process.wait(30)


@pytest.fixture(scope="module")
def open_server(tiny_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(tmp_path_factory.mktemp("lt-open"), tiny_models, "")


@pytest.fixture(scope="module")
def keyed_server(tiny_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(tmp_path_factory.mktemp("lt-keyed"), tiny_models, f"client:write:{WRITE_KEY}")


def test_libretranslatepy(open_server: str, keyed_server: str) -> None:
    from libretranslatepy import LibreTranslateAPI

    plain = LibreTranslateAPI(open_server)
    text = plain.translate(GERMAN, "de", "en")
    assert isinstance(text, str) and text
    assert plain.translate(GERMAN, "auto", "en") == text
    assert {lang["code"] for lang in plain.languages()} == {"de", "nl", "en"}
    detections = plain.detect(GERMAN)
    assert detections[0]["language"] == "de" and type(detections[0]["confidence"]) is float
    keyed = LibreTranslateAPI(keyed_server, api_key=WRITE_KEY)
    assert keyed.translate(GERMAN, "de", "en") == text  # the same model, the same greedy output
    assert keyed.languages()
    with pytest.raises(Exception, match="400"):
        LibreTranslateAPI(keyed_server).translate(GERMAN, "de", "en")
    with pytest.raises(Exception, match="403"):
        LibreTranslateAPI(keyed_server, api_key="wrong").translate(GERMAN, "de", "en")


def test_deep_translator(open_server: str, keyed_server: str) -> None:
    from deep_translator import LibreTranslator
    from deep_translator.exceptions import AuthorizationException

    # deep-translator refuses to run without a key, so it is tried against the keyed server only.
    translator = LibreTranslator(source="de", target="en", api_key=WRITE_KEY, custom_url=f"{keyed_server}/")
    one = translator.translate(GERMAN)
    assert isinstance(one, str) and one
    batch = translator.translate_batch([GERMAN, "Guten Morgen."])
    assert len(batch) == 2 and batch[0] == one
    auto = LibreTranslator(source="auto", target="en", api_key=WRITE_KEY, custom_url=f"{keyed_server}/")
    assert auto.translate(GERMAN) == one
    with pytest.raises(AuthorizationException):
        LibreTranslator(source="de", target="en", api_key="wrong", custom_url=f"{keyed_server}/").translate(GERMAN)


def test_libretranslate_aio(open_server: str, keyed_server: str) -> None:
    from libretranslate_aio import AsyncLibreTranslate, LibreTranslate
    from libretranslate_aio.exceptions import BadRequestError, ForbiddenError

    with LibreTranslate(open_server) as client:
        single = client.translate(GERMAN, "de", "en")
        assert isinstance(single.translated_text, str) and single.translated_text
        many = client.translate([GERMAN, "Guten Morgen."], "de", "en")
        assert isinstance(many.translated_text, list) and many.translated_text[0] == single.translated_text
        auto = client.translate(GERMAN, "auto", "en", alternatives=2)
        assert auto.detected_language.language == "de" and auto.alternatives == []  # type: ignore[union-attr]
        fragment = '<p>Die <b>Regierung <i>hat</i></b> heute ein <a href="/x">Gesetz</a>\nbeschlossen.</p>'
        html = client.translate(fragment, "de", "en", format="html").translated_text
        assert isinstance(html, str) and TAGS.findall(html) == TAGS.findall(fragment)
        assert [lang.code for lang in client.languages() if lang.targets == ["en"]] == ["de", "nl"]
        assert client.detect(GERMAN)[0].language == "de"
        assert client.frontend_settings().key_required is False
        with pytest.raises(BadRequestError, match="zz is not supported"):
            client.translate(GERMAN, "zz", "en")
    with LibreTranslate(keyed_server, api_key="wrong") as client, pytest.raises(ForbiddenError):
        client.translate(GERMAN, "de", "en")

    async def keyed() -> str:
        async with AsyncLibreTranslate(keyed_server, api_key=WRITE_KEY) as client:
            return str((await client.translate(GERMAN, "de", "en")).translated_text)

    assert asyncio.run(keyed()) == single.translated_text
