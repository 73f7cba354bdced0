"""The campaign follows the story bible: its beats in order, every beat told, and bad content named by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.campaign import KINDS, SCENES, STORY_BEATS
from game.content.errors import ContentError
from game.content.library import Content, load_content
from tests.content_edit import copy_levels


def test_the_beats_follow_the_story_in_order_and_tell_all_sixteen(content: Content) -> None:
    campaign = content.campaign
    assert campaign is not None
    numbers = [b.story_beat for b in campaign.beats]
    assert numbers == sorted(numbers)
    told = set(numbers) | {s.story_beat for b in campaign.beats for s in b.scripts}
    assert told == set(range(1, STORY_BEATS + 1))
    assert campaign.beats[0].kind == "cutscene" and campaign.beats[-1].kind == "epilogue"
    assert {b.kind for b in campaign.beats} == set(KINDS)


def test_training_beats_name_the_montage_stages_in_story_order(content: Content) -> None:
    assert content.campaign is not None
    stages = [b.stage for b in content.campaign.beats if b.kind == "training"]
    assert stages == ["road_run", "steps", "heavy_bag", "speed_bag", "mitt_drill", "tire_flips", "sledgehammer"]


def test_the_final_fight_is_twelve_rounds_with_cole_and_scripts_for_every_round(content: Content) -> None:
    assert content.campaign is not None
    fight = next(b for b in content.campaign.beats if b.kind == "fight")
    assert (fight.opponent, fight.rounds, fight.played_rounds) == ("cole", 12, (1, 4, 8, 11, 12))
    first = fight.script(1)
    middle = fight.script(6)
    late = fight.script(11)
    assert first is not None and middle is not None and late is not None
    assert first.goal == "survive" and first.early_hook
    # round one: Cole faster and pressing harder than in the middle rounds, where his body gives
    assert first.pressure_percent > middle.pressure_percent
    assert first.opponent_speed_frames > middle.opponent_speed_frames
    assert middle.body_weakness_percent > first.body_weakness_percent
    assert late.recovery_percent < middle.recovery_percent and late.barrage_percent > 0


def test_every_panel_shows_a_known_place_and_every_line_a_known_speaker(content: Content) -> None:
    assert content.campaign is not None
    for beat in content.campaign.beats:
        for panel in beat.panels:
            assert panel.scene in SCENES and panel.variant in SCENES[panel.scene]
            assert panel.cast and set(panel.cast) <= set(SCENES[panel.scene][panel.variant])
            for speaker, text in panel.lines:
                assert speaker in content.campaign.speakers and text


def test_each_late_beat_tells_its_own_moment(content: Content) -> None:
    """The bible's beat 13 (Cole admits Vito is tougher than he thought) is told in the final rounds, once; beat 16's
    retirement question is asked whatever the ending, in a panel every ending shares."""
    campaign = content.campaign
    assert campaign is not None
    fight = next(b for b in campaign.beats if b.kind == "fight")
    final_rounds = next(s for s in fight.scripts if s.story_beat == 13)
    assert "tougher" in final_rounds.line
    aftermath = next(b for b in campaign.beats if b.kind == "epilogue")
    told = [text for p in aftermath.panels for _, text in p.lines]
    told += [text for _, lines in aftermath.endings for _, text in lines]
    assert not any("tougher" in text for text in told)
    asked = [(who, text) for p in aftermath.panels for who, text in p.lines if "retir" in text.lower()]
    assert asked and asked[0][0] == "reporter"


def test_the_decision_and_the_aftermath_name_the_picture_of_their_own_lines(content: Content) -> None:
    assert content.campaign is not None
    for beat in content.campaign.beats:
        if beat.kind in ("decision", "epilogue"):
            assert beat.backdrop is not None and beat.backdrop.cast
            staged = beat.staged(beat.lines or beat.endings[0][1])
            assert staged.scene == beat.backdrop.scene and staged.lines
        else:
            assert beat.backdrop is None


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('stage = "steps"', 'stage = "stairs"', "beats[4].stage: no training stage 'stairs'"),
    ('opponent = "cole"', 'opponent = "apollo"', "opponent: no fighter 'apollo'"),
    ('arena = "philadelphia"', 'arena = "vegas"', "arena: no arena 'vegas'"),
    ('["vito", "Knee.', '["vitto", "Knee.', "unknown speaker 'vitto'"),
    ('scene = "clinic"', 'scene = "hospital"', "scene: expected one of"),
    ("story_beat = 8\n", "story_beat = 2\n", "goes back to story beat 2"),
    ('variant = "viktor_arrives"', 'variant = "viktor_leaves"', "beats[8].panels[0].variant: expected one of"),
    ('variant = "night"', 'variant = "dusk"', 'beats[15].panels[1].variant: expected one of night, got "dusk"'),
    ('scene = "clinic"\n', 'scene = "clinic"\nvariant = "night"\n', "panels[1].variant: the clinic has one "
                                                                     "picture, no variants"),
    ('cast = ["vito", "tony", "viktor"]', 'cast = ["vito", "tony", "rosa"]',
     "beats[8].panels[0].cast[2]: 'rosa' is not in the 'viktor_arrives' gym picture (it can show: vito, tony, "
     "viktor)"),
    ('cast = ["vito", "doctor"]', 'cast = ["vito", "vito"]', "panels[1].cast[1]: 'vito' is named twice"),
    ('cast = ["vito", "doctor"]', 'cast = "vito"', "panels[1].cast: expected a list of strings"),
    ('cast = ["announcer", "referee", "vito", "cole"]', 'cast = ["announcer", "danny"]',
     "cast[1]: 'danny' is not in the 'decision' arena picture"),
    ('scene = "arena"  # where its lines are read\n', '', "scene: missing"),
])
def test_a_broken_campaign_names_the_file_and_key(tmp_path: Path, old: str, new: str, expected: str) -> None:
    root = copy_levels(tmp_path)
    path = root / "campaign.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_content(root)
    text = str(err.value)
    assert "levels/campaign.toml" in text and expected in text
