"""The story's command line: `play --mode story --chapter N` refuses what it cannot open in one sentence (exit 2),
and `campaign autoplay` plays the whole story headless to its epilogue, beat by beat in the story's order."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from typing import Any

import pytest

from game.campaign_autoplay import format_campaign
from game.cli import main
from game.content.library import Content
from game.content.training import GRADES, STAGE_IDS
from game.scenes.story import chapters


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["campaign", "autoplay", "--seed", "2", "--json"]) == 0
    doc: dict[str, Any] = json.loads(out.getvalue())
    return doc


@pytest.mark.parametrize("argv", [
    ["play", "--mode", "story", "--chapter", "99"],
    ["play", "--mode", "story", "--chapter", "0"],
    ["play", "--mode", "story", "--chapter", "two"],
    ["play", "--mode", "versus", "--chapter", "2"],
    ["play", "--chapter", "2"],
    ["campaign"],
    ["campaign", "autoplay", "--seed", "x"],
])
def test_a_story_command_it_cannot_run_is_one_sentence_and_exit_2(capsys: pytest.CaptureFixture[str],
                                                                   argv: list[str]) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("one-more-round: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_a_chapter_out_of_range_names_the_chapters_there_are(capsys: pytest.CaptureFixture[str],
                                                            content: Content) -> None:
    assert content.campaign is not None
    main(["play", "--mode", "story", "--chapter", "99"])
    count = len(chapters(content.campaign))
    assert f"There is no chapter 99; the story has chapters 1 to {count}." in capsys.readouterr().err


def test_autoplay_reaches_the_epilogue_with_every_beat_in_story_order(report: dict[str, Any],
                                                                      content: Content) -> None:
    assert content.campaign is not None
    assert [b["id"] for b in report["beats"]] == [b.id for b in content.campaign.beats]
    told = [b["story_beat"] for b in report["beats"]]
    assert told == sorted(told) and told[0] == 1 and told[-1] == 16
    assert report["reached_epilogue"] and report["finished"] and report["beats"][-1]["kind"] == "epilogue"
    assert report["ending"] in ("won_ko", "won_decision", "draw", "lost_decision")
    assert report["beats"][-1]["ending"] == report["ending"]


def test_autoplay_grades_every_stage_and_reports_the_fight_and_the_decision(report: dict[str, Any]) -> None:
    trained = [b for b in report["beats"] if b["kind"] == "training"]
    assert sorted(b["stage"] for b in trained) == sorted(STAGE_IDS)
    assert all(b["grade"] in GRADES for b in trained)
    assert set(report["grades"]) == set(STAGE_IDS)
    fight = next(b for b in report["beats"] if b["kind"] == "fight")["fight"]
    assert fight["method"] in ("KO", "TKO", "decision", "draw") and len(fight["cards"]) == 3
    assert fight == report["fight"]
    assert next(b for b in report["beats"] if b["kind"] == "decision")["decision"] == report["decision"]


def test_autoplay_as_text_is_a_line_a_beat_then_the_decision(report: dict[str, Any]) -> None:
    text = format_campaign(report)
    for beat in report["beats"]:
        assert beat["id"] in text
    assert text.splitlines()[-1].startswith(f"Decision: {report['decision']}.")
