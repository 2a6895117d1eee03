"""``transnorm terms import|list|delete|retranslate`` and ``transnorm qa recheck`` against a real store, with the
tiny models: round trips of the three file formats, a bad file storing nothing, re-translation that leaves human
and approved pairs alone, and a re-check that rewrites stale findings."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import service.cli as cli
from service.cli import qa_cmds, term_cmds
from service.config import get_settings
from service.corpus import quality
from service.db import repository
from service.db.engine import begin_write
from service.runtime import Runtime
from tests.api.test_terms import TBX
from tests.support import SEEDS, drain


def _app() -> typer.Typer:
    app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False)
    term_cmds.register(app)
    qa_cmds.register(app)
    return app


@pytest.fixture
def env(runtime: Runtime, tiny_models: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[Runtime]:
    """The commands' environment points at the runtime's database and tiny models."""
    settings = runtime.settings
    monkeypatch.setenv("TRANSNORM_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("TRANSNORM_MODEL_DE_EN", str(tiny_models["de-en"]))
    monkeypatch.setenv("TRANSNORM_MODEL_NL_EN", str(tiny_models["nl-en"]))
    monkeypatch.setenv("TRANSNORM_MODELS_DIR", str(settings.models_dir))
    monkeypatch.setenv("TRANSNORM_BACKEND", "transformers")
    monkeypatch.setenv("TRANSNORM_THREADS", "1")
    get_settings.cache_clear()
    yield runtime
    get_settings.cache_clear()


def _run(*args: str) -> str:
    result = CliRunner().invoke(_app(), list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def _listed() -> list[list[str]]:
    return sorted(line.split("\t")[1:4] for line in _run("terms", "list").splitlines())


def test_import_list_delete_round_trip(env: Runtime, tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("source,target,note\nMünchen,Munich,exonym\nTagesschau,,\n", "utf-8")
    (tmp_path / "b.tsv").write_text("source\ttarget\tdnt\tlang\nDen Haag\tThe Hague\t\tnl\nANP\tANP\tx\tnl\n",
                                    "utf-8")
    (tmp_path / "c.tbx").write_text(TBX, "utf-8")
    assert json.loads(_run("terms", "import", str(tmp_path / "a.csv"), "--lang", "de"))["written"] == 2
    assert json.loads(_run("terms", "import", str(tmp_path / "b.tsv")))["languages"] == ["nl"]
    assert json.loads(_run("terms", "import", str(tmp_path / "c.tbx")))["read"] == 3
    assert _listed() == sorted([
        ["de", "München", "Munich"], ["de", "Tagesschau", "(dnt)"],
        ["nl", "Den Haag", "The Hague"], ["nl", "ANP", "(dnt)"],
        ["de", "Bundeskriminalamt", "Federal Criminal Police Office"], ["nl", "Rijkswaterstaat", "(dnt)"],
    ])
    de_only = _run("terms", "list", "--lang", "de").splitlines()
    assert {line.split("\t")[1] for line in de_only} == {"de"} and len(de_only) == 3
    term_id = next(line.split("\t")[0] for line in de_only if "München" in line)
    _run("terms", "delete", term_id)
    assert ["de", "München", "Munich"] not in _listed()


def test_a_bad_file_is_one_line_and_stores_nothing(env: Runtime, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("source,target\nKöln,Cologne\nKöln,Koeln\n", "utf-8")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["terms", "import", str(bad), "--lang", "de"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("transnorm: error:") and "line 3" in err
    assert _run("terms", "list") == ""
    with pytest.raises(SystemExit):
        cli.main(["terms", "delete", "12345"])
    assert "term 12345 does not exist" in capsys.readouterr().err


def _seed_pairs(runtime: Runtime) -> list[dict]:
    from service.api.app import create_app

    text = sorted(SEEDS.glob("*.txt"))[0].read_text("utf-8")
    with TestClient(create_app(runtime=runtime)) as client:
        doc = client.post("/v1/documents", json={"text": text}).json()
        drain(runtime)
        pairs: list[dict] = client.get(f"/v1/documents/{doc['id']}/pairs", params={"limit": 500}).json()["items"]
    return pairs


def _common_word(pairs: list[dict]) -> str:
    """A capitalized word that occurs in at least three pair sources (a term that affects several pairs)."""
    counts: dict[str, int] = {}
    for pair in pairs:
        for word in set(re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{3,}\b", pair["source"])):
            counts[word] = counts.get(word, 0) + 1
    word, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    assert count >= 3, counts
    return word


def test_retranslate_adds_machine_revisions_and_leaves_reviewed_pairs_alone(env: Runtime) -> None:
    runtime = env
    pairs = _seed_pairs(runtime)
    lang = pairs[0]["source_lang"]
    word = _common_word(pairs)
    hit = [p for p in pairs if re.search(rf"(?<![\w-]){word}(?![\w-])", p["source"])]
    approved, edited, machine = hit[0], hit[1], hit[2:]
    with runtime.sessions() as session:
        begin_write(session)
        repository.set_review_state(session, [approved["id"]], "approved", reviewer="test")
        human = repository.add_human_revision(session, edited["id"], "A person's translation.")
        repository.upsert_terms(session, [{"source_lang": lang, "source_term": word, "target_term": "Termword",
                                           "dnt": False, "note": None}])
        session.commit()
    assert human is not None
    report = json.loads(_run("terms", "retranslate", "--lang", lang))
    assert report["retranslated"] + report["unchanged"] == len(machine) and report["skipped"] == 0
    assert report["retranslated"] >= 1
    with runtime.sessions() as session:
        current = {p.paragraph * 1000 + p.sentence: p for p in repository.pairs_of_document(
            session, pairs[0]["document_id"])}
        untouched = [p for p in pairs if p not in hit]
        for pair in untouched:   # no term: same revision as before
            assert current[pair["paragraph"] * 1000 + pair["sentence"]].id == pair["id"]
        assert current[approved["paragraph"] * 1000 + approved["sentence"]].id == approved["id"]
        assert current[edited["paragraph"] * 1000 + edited["sentence"]].id == human.id
        new = [current[p["paragraph"] * 1000 + p["sentence"]] for p in machine]
        revised = [r for r in new if r.revision == 2]
        assert len(revised) == report["retranslated"]
        assert all(r.origin == "mt" and r.state == "unreviewed" and r.model for r in revised)
        for record in revised:   # history kept: the machine revision before it is still there
            assert [r.revision for r in repository.revisions_of(session, record.id)] == [1, 2]
    # A second run finds the new revisions as they are: the same output, nothing new.
    again = json.loads(_run("terms", "retranslate", "--lang", lang))
    assert again["retranslated"] == 0


def test_recheck_rewrites_stale_findings_with_the_current_terms(env: Runtime) -> None:
    runtime = env
    pairs = _seed_pairs(runtime)
    stale = {"check": "made_up", "severity": "error", "message": "stale"}
    with runtime.sessions() as session:
        begin_write(session)
        for pair in pairs[:3]:
            repository.set_checks(session, pair["id"], [stale])
        session.commit()
    summary = json.loads(_run("qa", "recheck", "--document", str(pairs[0]["document_id"])))
    assert summary["checked"] == len(pairs) and summary["changed"] >= 3
    with runtime.sessions() as session:
        records = repository.pairs_of_document(session, pairs[0]["document_id"])
        for record in records:
            expected = quality.check_pair(record.source, record.target, record.source_lang,
                                          quality.terms_for(session, record.source_lang))
            assert list(record.checks) == expected
        counted = {level: sum(c["severity"] == level for r in records for c in r.checks)
                   for level in ("info", "warning", "error")}
    assert summary["findings"] == counted
    assert json.loads(_run("qa", "recheck"))["changed"] == 0   # nothing stale left
    # `qa --from de` on a bitext still works beside the new subcommand.
    result = CliRunner().invoke(_app(), ["qa", "--from", "de"], input="Es waren 24.\tThere were 25.\n")
    assert result.exit_code == 0 and "numbers" in result.stdout
