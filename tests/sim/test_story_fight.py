"""The story's final fight in the engine: what training earns Vito (levels/rules.toml [training]) and the round
scripts that shape Cole round by round (STORY.md beats 11-14, the campaign's [[beats.scripts]]).

The rule tests set a situation by hand (hand-made terms) and play it through `step()`; the story tests play the
shipped scripts, loaded from levels/campaign.toml, and measure Cole's behaviour over seeded CPU-vs-CPU twelve-round
fights with short rounds, so a campaign that loses the story's shape fails them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from game.content.campaign import Beat, RoundScript
from game.content.library import Content
from game.content.training import GRADES, STATS
from game.sim.bout import cpu_source
from game.sim.boxer import MILLI
from game.sim.fight import Fight, FightConfig
from game.sim.inputs import Action
from game.sim.raises import NO_TRAINING, Training, training_from_code, training_from_stages
from game.sim.replay import fight_config, fight_header
from game.sim.round_scripts import RoundTerms, scripted_move, terms_from_code, terms_of
from game.sim.states import Phase
from game.sim.story_fight import story_fight_config
from tests.sim.helpers import IDLE, Stamped, first, of_kind, place, presses, run

# Hand-made terms for the rule tests and the round trips of a config (the story tests play the shipped scripts).
FAST_START = RoundTerms(1, 1, pressure_percent=150, opponent_speed_frames=2, early_hook=True)
SAMPLE = (FAST_START, RoundTerms(2, 9, pressure_percent=110, tell_frames_bonus=2, body_weakness_percent=160),
          RoundTerms(10, 12, pressure_percent=130, tell_frames_bonus=3, body_weakness_percent=160,
                     recovery_percent=60, barrage_percent=35))
# The story bible's beats the final fight's scripts tell (STORY.md): Round One, the Middle Rounds, the Final Rounds
# and the Last Bell.
ROUND_ONE_BEAT, MIDDLE_BEAT, FINAL_BEATS = 11, 12, (13, 14)


def fight(content: Content, training: Training = NO_TRAINING, scripts: tuple[RoundTerms, ...] = (),
          p2: str = "cole") -> Fight:
    """Vito against `p2`, past the intro of round one."""
    f = Fight(content, FightConfig("vito", p2, rounds=12, training=training, scripts=scripts))
    while f.s.phase == Phase.INTRO:
        f.step(IDLE)
    return f


def graded(stat: str) -> list[tuple[str, Training]]:
    """No training, then each grade of `stat`, worst to best."""
    return [("none", NO_TRAINING)] + [(g, Training(**{stat: g})) for g in reversed(GRADES)]


# --- training: each raise changes its stat by the data's amount, gold > silver > bronze > none -----------------

def _max_stamina(content: Content, t: Training) -> int:
    return fight(content, t).s.boxers[0].max_stamina


def _refill_per_frame(content: Content, t: Training) -> int:
    f = fight(content, t)
    vito = f.s.boxers[0]
    place(f, 300)
    vito.stamina = MILLI
    run(f, 30)  # past the refill delay
    before = vito.stamina
    run(f, 1)
    return vito.stamina - before


def _jab_damage(content: Content, t: Training) -> int:
    f = fight(content, t)
    place(f, 40)
    return first(run(f, 30, presses({0: Action.JAB})), "hit", 0).event.value


def _second_jab_tick(content: Content, t: Training) -> int:
    """A jab, and another pressed early in its recovery: the tick the second is thrown (a combination's pace)."""
    f = fight(content, t)
    place(f, 300)
    vito = f.s.boxers[0]
    for tick in range(40):
        thrown = vito.fight_figures.thrown
        f.step((Action.JAB if tick in (0, 9) else 0, 0))
        if vito.fight_figures.thrown == thrown + 1 and tick > 0:
            return tick
    raise AssertionError("the second jab was never thrown")


def _body_max_stamina_taken(content: Content, t: Training) -> int:
    f = fight(content, t)
    place(f, 40)
    cole = f.s.boxers[1]
    before = cole.max_stamina
    first(run(f, 40, presses({0: Action.HOOK}, hold=(Action.DOWN, 0))), "hit", 0)
    return before - cole.max_stamina


def _counter_window(content: Content, t: Training) -> int:
    """The frames after a telegraphed punch's startup in which a straight landing still counters."""
    return sum(1 for e in range(12) if straight_into_hook(content, t, e)[1])


@dataclass(frozen=True)
class Measure:
    measure: Callable[[Content, Training], int]
    raised_by: Callable[[Content, int], int]  # how much a raise of this amount changes the measure


def _refill_raise(content: Content, amount: int) -> int:
    rules = content.rules
    pct = rules.stamina_refill_percent[content.fighter("vito").stamina - 1]
    per_second = rules.stamina_refill_per_second * MILLI
    tps = rules.ticks_per_second
    return per_second * (pct + amount) // 100 // tps - per_second * pct // 100 // tps


def _power_raise(content: Content, amount: int) -> int:
    rules, vito, cole = content.rules, content.fighter("vito"), content.fighter("cole")
    pct = rules.power_damage_percent[vito.power - 1]
    chin = rules.chin_head_damage_percent[cole.chin - 1]
    damage = vito.moves["jab"].damage * MILLI
    return damage * (pct + amount) // 100 * chin // 100 - damage * pct // 100 * chin // 100


MEASURES = {
    "max_stamina": Measure(_max_stamina, lambda c, n: n * MILLI),
    "recovery": Measure(_refill_per_frame, _refill_raise),
    "power": Measure(_jab_damage, _power_raise),
    "hand_speed": Measure(lambda c, t: -_second_jab_tick(c, t), lambda c, n: n),
    "body_damage": Measure(_body_max_stamina_taken, lambda c, n: _body_max_stamina_taken(c, NO_TRAINING) * n // 100),
    "counter_window": Measure(_counter_window, lambda c, n: n),
}


def test_every_stat_a_stage_raises_has_a_training_field_and_a_rules_row(content: Content) -> None:
    assert tuple(f.name for f in dataclasses.fields(Training)) == STATS
    assert tuple(stat for stat, _ in content.rules.training.amounts) == STATS
    assert set(MEASURES) | {"knockdown_power"} == set(STATS)


@pytest.mark.parametrize("stat", STATS)
def test_the_training_amounts_order_gold_over_silver_over_bronze_over_none(content: Content, stat: str) -> None:
    amounts = [content.rules.training.amount(stat, g) for g in (*GRADES, None)]
    assert amounts == sorted(amounts, reverse=True) and len(set(amounts)) == len(amounts), amounts


@pytest.mark.parametrize("stat", sorted(MEASURES))
def test_each_training_raise_changes_its_stat_by_the_datas_amount(content: Content, stat: str) -> None:
    m = MEASURES[stat]
    measured = {name: m.measure(content, t) for name, t in graded(stat)}
    for grade in GRADES:
        expected = m.raised_by(content, content.rules.training.amount(stat, grade))
        assert measured[grade] - measured["none"] == expected, (grade, measured)
    assert measured["gold"] > measured["silver"] > measured["bronze"] > measured["none"], measured


def _drops_at(content: Content, t: Training, health_after: int) -> bool:
    """Vito's hook leaves Cole with `health_after` milli-points: is Cole down?"""
    f = fight(content, t)
    place(f, 40)
    cole = f.s.boxers[1]
    probe = fight(content)
    place(probe, 40)
    damage = first(run(probe, 40, presses({0: Action.HOOK})), "hit", 0).event.value
    cole.health = health_after + damage
    return bool(of_kind(run(f, 40, presses({0: Action.HOOK})), "knockdown", 1))


def test_knockdown_power_drops_a_man_under_the_datas_share_of_his_health(content: Content) -> None:
    max_health = content.rules.health_max * MILLI
    thresholds = {}
    for grade, t in graded("knockdown_power")[1:]:
        share = content.rules.training.amount("knockdown_power", grade)
        line = max_health * share // 100
        assert _drops_at(content, t, line - 1) and not _drops_at(content, t, line), grade
        assert not _drops_at(content, NO_TRAINING, line - 1)
        thresholds[grade] = line
    assert thresholds["gold"] > thresholds["silver"] > thresholds["bronze"] > 0


# --- the mitt drill's counter window --------------------------------------------------------------------------

def straight_into_hook(content: Content, t: Training, elapsed: int) -> tuple[int, bool]:
    """Cole throws a hook that falls short; Vito's straight lands `elapsed` frames after the hook's startup ended.
    Returns (elapsed as landed, whether it was a counter-hit)."""
    probe = fight(content, t)
    hook_active = probe.s.boxers[1].content.moves["hook"].startup
    straight = probe.s.boxers[0].content.moves["straight"].startup
    f = fight(content, t)
    place(f, 66)  # the hook falls short, the longer straight reaches
    events = run(f, 60, presses({hook_active + elapsed - straight: Action.STRAIGHT}, {0: Action.HOOK}))
    assert not of_kind(events, "hit", 1), "the hook must fall short"
    hit = first(events, "hit", 0)
    return hit.tick - hook_active, hit.event.counter


def test_the_counter_window_is_the_startup_without_the_mitt_drill(content: Content) -> None:
    assert straight_into_hook(content, NO_TRAINING, -1) == (-1, True)  # the last frame of his startup
    assert straight_into_hook(content, NO_TRAINING, 0) == (0, False)  # one frame outside


@pytest.mark.parametrize("grade", GRADES)
def test_the_mitt_drill_widens_the_counter_window_by_exactly_its_frames(content: Content, grade: str) -> None:
    t = Training(counter_window=grade)
    bonus = content.rules.training.amount("counter_window", grade)
    assert straight_into_hook(content, t, 0) == (0, True)  # one frame outside the old window counts now
    assert straight_into_hook(content, t, bonus - 1) == (bonus - 1, True)
    assert straight_into_hook(content, t, bonus) == (bonus, False)


def test_the_widened_window_is_against_telegraphed_punches_only(content: Content) -> None:
    """Cole's jab has no tell: the mitt drill does not widen the window against it."""
    t = Training(counter_window="gold")
    assert content.fighter("cole").moves["jab"].tell_frames == 0
    f = fight(content, t)
    place(f, 72)  # his jab falls short of Vito here; Vito's straight lands just after the jab's startup
    events = run(f, 60, presses({0: Action.STRAIGHT}, {0: Action.JAB}))
    assert not of_kind(events, "hit", 1)
    hit = first(events, "hit", 0)
    elapsed = hit.tick - content.fighter("cole").moves["jab"].startup
    assert 0 <= elapsed < content.rules.training.amount("counter_window", "gold")
    assert not hit.event.counter


# --- round scripts: the rules --------------------------------------------------------------------------------

def test_opponent_speed_frames_take_startup_off_his_punches_never_under_one(content: Content) -> None:
    f = fight(content, scripts=(FAST_START,))
    cole_moves, base = f.s.boxers[1].content.moves, content.fighter("cole").moves
    for move_id, move in base.items():
        assert cole_moves[move_id].startup == max(1, move.startup - 2)
    assert scripted_move(base["jab"], 6, 0).startup == 1
    assert f.s.boxers[0].content is content.fighter("vito")  # the script shapes the opponent only


def test_a_tell_bonus_holds_the_telegraph_longer(content: Content) -> None:
    f = fight(content, scripts=(RoundTerms(1, 1, tell_frames_bonus=3),))
    cole_moves, base = f.s.boxers[1].content.moves, content.fighter("cole").moves
    for move_id, move in base.items():
        bonus = 3 if move.tell_frames else 0
        assert (cole_moves[move_id].tell_frames, cole_moves[move_id].startup) == (move.tell_frames + bonus,
                                                                                  move.startup + bonus)


def test_body_weakness_makes_body_punches_take_more_of_his_max_stamina(content: Content) -> None:
    def taken(scripts: tuple[RoundTerms, ...]) -> int:
        f = fight(content, scripts=scripts)
        place(f, 40)
        before = f.s.boxers[1].max_stamina
        run(f, 40, presses({0: Action.HOOK}, hold=(Action.DOWN, 0)))
        return before - f.s.boxers[1].max_stamina

    assert taken((RoundTerms(1, 1, body_weakness_percent=160),)) == taken(()) * 160 // 100


def test_recovery_percent_slows_both_mens_stamina_refill(content: Content) -> None:
    def per_frame(scripts: tuple[RoundTerms, ...]) -> tuple[int, int]:
        f = fight(content, scripts=scripts)
        place(f, 300)
        for b in f.s.boxers:
            b.stamina = MILLI
        run(f, 30)
        before = [b.stamina for b in f.s.boxers]
        run(f, 1)
        return f.s.boxers[0].stamina - before[0], f.s.boxers[1].stamina - before[1]

    usual, empty = per_frame(()), per_frame((RoundTerms(1, 1, recovery_percent=60),))
    for side in (0, 1):
        assert 0 < empty[side] < usual[side]
        assert empty[side] == pytest.approx(usual[side] * 0.6, abs=1)


def test_the_early_hook_opens_round_one_and_staggers(content: Content) -> None:
    f = fight(content, scripts=(FAST_START,))
    cole_cpu = cpu_source(content, "cole", "hard", 1, 0)
    cole = f.s.boxers[1]
    events: list[Stamped] = []
    first_throw = ""
    for tick in range(600):
        thrown = cole.fight_figures.thrown
        events.extend(Stamped(tick, e) for e in f.step((0, cole_cpu(f))))
        if cole.fight_figures.thrown > thrown and not first_throw:
            assert cole.move is not None
            first_throw = cole.move.id
    assert first_throw == "hook"
    hit = first(events, "hit", 1)
    assert hit.event.move == "hook" and not hit.event.counter
    assert first(events, "stagger", 0).tick == hit.tick
    assert not cole.hook_staggers  # one hook only


def test_without_the_script_a_clean_hook_on_a_fresh_man_does_not_stagger(content: Content) -> None:
    f = fight(content)
    place(f, 40)
    events = run(f, 60, presses(None, {0: Action.HOOK}))
    assert first(events, "hit", 1).event.move == "hook" and not of_kind(events, "stagger")


def test_neutral_terms_and_no_training_change_nothing(content: Content) -> None:
    def final_hash(config: FightConfig) -> str:
        f = Fight(content, config)
        sources = (cpu_source(content, "vito", "normal", 0, 4), cpu_source(content, "cole", "hard", 1, 4))
        while not f.finished:
            f.step((sources[0](f), sources[1](f)))
        return f.state_hash()

    plain = FightConfig("vito", "cole", rounds=2, seed=4, clock_speed=18)
    neutral = dataclasses.replace(plain, training=Training(), scripts=(RoundTerms(1, 2),))
    assert final_hash(plain) == final_hash(neutral)


# --- round scripts: Cole's behaviour where the story says, over seeded CPU-vs-CPU fights ------------------------

SEEDS = range(6)
PLAIN_SEEDS = range(3)  # the same fight without the scripts, up to the end of the middle rounds
CLOCK_SPEED = 9  # 20-second rounds
SLACK_FRAMES = 0  # a punch thrown the first frame the last one let it: chained


@dataclass
class RoundLog:
    frames: int = 0
    throws: list[tuple[int, int]] = field(default_factory=list)  # (tick, frames the punch took: its end)
    first_throw: str = ""
    body_hits: int = 0
    max_stamina_lost: int = 0  # by Cole, on the ticks Vito's body punches landed
    refill: int = 0  # stamina Cole got back...
    refill_frames: int = 0  # ...over this many frames of refilling
    hook_staggers: int = 0  # Vito staggered by a hook of Cole's that was no counter-hit

    def chains(self, length: int) -> int:
        """Runs of `length` or more punches, each thrown the first frame the one before let it."""
        runs, count = 0, 1
        for (tick, took), (nxt, _) in zip(self.throws, [*self.throws[1:], (1 << 30, 0)], strict=True):
            if nxt - tick <= took + SLACK_FRAMES:
                count += 1
                continue
            runs += count >= length
            count = 1
        return runs


def play_story(content: Content, seed: int, scripts: tuple[RoundTerms, ...], rounds: int = 12) -> dict[int, RoundLog]:
    config = FightConfig("vito", "cole", rounds=rounds, seed=seed, clock_speed=CLOCK_SPEED, scripts=scripts)
    f = Fight(content, config)
    vito_cpu, cole_cpu = cpu_source(content, "vito", "normal", 0, seed), cpu_source(content, "cole", "hard", 1, seed)
    logs: dict[int, RoundLog] = {}
    cole = f.s.boxers[1]
    while not f.finished:
        thrown, max_stamina, stamina = cole.fight_figures.thrown, cole.max_stamina, cole.stamina
        events = f.step((vito_cpu(f), cole_cpu(f)))
        log = logs.setdefault(f.s.round, RoundLog())
        if f.s.phase != Phase.FIGHTING:
            continue
        log.frames += 1
        if cole.fight_figures.thrown > thrown and cole.move is not None:
            log.throws.append((f.s.tick, cole.move_startup + cole.move.active + cole.move_recovery))
            log.first_throw = log.first_throw or cole.move.id
        body = [e for e in events if e.kind == "hit" and e.side == 0 and e.target == "body"]
        if body:
            log.body_hits += len(body)
            log.max_stamina_lost += max_stamina - cole.max_stamina
        elif cole.stamina > stamina and cole.max_stamina == max_stamina:
            log.refill += cole.stamina - stamina
            log.refill_frames += 1
        hooks = [e for e in events if e.kind == "hit" and e.side == 1 and e.move == "hook" and not e.counter]
        log.hook_staggers += len(hooks) * len([e for e in events if e.kind == "stagger" and e.side == 0])
    return logs


@dataclass(frozen=True)
class Story:
    scripted: tuple[dict[int, RoundLog], ...]  # the shipped scripts
    plain: tuple[dict[int, RoundLog], ...]  # no scripts, up to the end of the middle rounds
    one: tuple[int, ...]  # the rounds each part of the story covers, as the shipped scripts say
    middle: tuple[int, ...]
    final: tuple[int, ...]

    def logs(self, rounds: tuple[int, ...], scripted: bool = True) -> list[RoundLog]:
        return [fight_logs[r] for fight_logs in (self.scripted if scripted else self.plain) for r in rounds
                if r in fight_logs and fight_logs[r].frames]

    def punches_per_minute(self, rounds: tuple[int, ...]) -> float:
        logs = self.logs(rounds)
        return sum(len(g.throws) for g in logs) * 3600 / sum(g.frames for g in logs)

    def max_stamina_per_body_hit(self, rounds: tuple[int, ...], scripted: bool = True) -> float:
        logs = self.logs(rounds, scripted)
        return sum(g.max_stamina_lost for g in logs) / sum(g.body_hits for g in logs)

    def refill_per_frame(self, rounds: tuple[int, ...]) -> float:
        logs = self.logs(rounds)
        return sum(g.refill for g in logs) / sum(g.refill_frames for g in logs)

    def barrages_per_round(self, rounds: tuple[int, ...], length: int) -> float:
        logs = self.logs(rounds)
        return sum(g.chains(length) for g in logs) / len(logs)


def shipped_fight(content: Content) -> Beat:
    assert content.campaign is not None, "levels/campaign.toml must load"
    return next(b for b in content.campaign.beats if b.kind == "fight")


def rounds_told(beat: Beat, *story_beats: int) -> tuple[int, ...]:
    """The rounds whose scripts tell these beats of the story bible."""
    return tuple(r for s in beat.scripts if s.story_beat in story_beats for r in range(s.first, s.last + 1))


@pytest.fixture(scope="module")
def story(content: Content) -> Story:
    beat = shipped_fight(content)
    scripts = tuple(terms_of(s) for s in beat.scripts)
    one, middle, final = (rounds_told(beat, ROUND_ONE_BEAT), rounds_told(beat, MIDDLE_BEAT),
                          rounds_told(beat, *FINAL_BEATS))
    assert one and middle and final, "the fight's scripts tell round one, the middle rounds and the final rounds"
    return Story(tuple(play_story(content, seed, scripts, beat.rounds) for seed in SEEDS),
                 tuple(play_story(content, seed, (), rounds=middle[-1]) for seed in PLAIN_SEEDS), one, middle, final)


def test_cole_punches_more_often_in_round_one_than_in_the_middle_rounds(story: Story) -> None:
    assert story.punches_per_minute(story.one) > 1.15 * story.punches_per_minute(story.middle)


def test_body_shots_cost_cole_more_max_stamina_in_the_middle_rounds_than_in_round_one(story: Story) -> None:
    assert story.max_stamina_per_body_hit(story.middle) > 1.3 * story.max_stamina_per_body_hit(story.one)
    assert (story.max_stamina_per_body_hit(story.middle)
            > 1.3 * story.max_stamina_per_body_hit(story.middle, scripted=False))


def test_cole_recovers_slower_in_the_final_rounds(story: Story) -> None:
    assert story.refill_per_frame(story.final) < 0.75 * story.refill_per_frame(story.middle)


def test_cole_throws_barrages_in_the_final_rounds_not_in_the_middle_ones(content: Content, story: Story) -> None:
    """A barrage: a chain longer than any combination in his file (his combos and a reader's attacks are at most
    three punches)."""
    length = 1 + max(len(c) for c in content.fighter("cole").cpu.combos)
    final, middle = story.barrages_per_round(story.final, length), story.barrages_per_round(story.middle, length)
    assert final >= 0.5 and middle <= final / 6, (final, middle)


def test_the_early_hook_happens_in_round_one(story: Story) -> None:
    assert all(g.first_throw == "hook" for g in story.logs(story.one))
    assert not any(g.hook_staggers for g in story.logs(story.one, scripted=False))
    assert sum(1 for g in story.logs(story.one) if g.hook_staggers) * 2 >= len(SEEDS)


# --- building the final fight -----------------------------------------------------------------------------------

def _script(terms: RoundTerms, goal: str = "box") -> RoundScript:
    return RoundScript(terms.first, terms.last, 11, "", "", goal, terms.pressure_percent,
                       terms.opponent_speed_frames, terms.tell_frames_bonus, terms.body_weakness_percent,
                       terms.recovery_percent, terms.barrage_percent, terms.early_hook)


def test_story_fight_config_builds_the_final_fight_from_the_beat_and_the_training(content: Content) -> None:
    beat = Beat("the_fight", "fight", 11, opponent="cole", rounds=12, scripts=tuple(_script(t) for t in SAMPLE))
    training = Training(power="gold", counter_window="bronze")
    config = story_fight_config(content, beat, training, seed=9)
    assert (config.p1, config.p2, config.rounds, config.seed) == ("vito", "cole", 12, 9)
    assert config.training == training and config.scripts == SAMPLE
    assert tuple(terms_of(s) for s in beat.scripts) == SAMPLE
    with pytest.raises(ValueError, match="not a fight"):
        story_fight_config(content, Beat("x", "cutscene", 1), training)


def test_the_shipped_campaigns_fight_beat_builds(content: Content) -> None:
    beat = shipped_fight(content)
    config = story_fight_config(content, beat, Training(power="gold"))
    assert Fight(content, config).script is not None


def test_training_from_stages_follows_what_each_stage_raises(content: Content) -> None:
    grades = {stage_id: "silver" for stage_id in content.training}
    t = training_from_stages(content, grades)
    for stage_id, spec in content.training.items():
        assert t.grade(spec.raises) == "silver", stage_id
    assert training_from_stages(content, dict.fromkeys(content.training)) == NO_TRAINING


def test_a_story_fight_replay_header_carries_its_training_and_scripts(content: Content) -> None:
    config = FightConfig("vito", "cole", rounds=12, seed=3, training=Training(power="gold", recovery="bronze"),
                         scripts=SAMPLE)
    assert fight_config(fight_header(content, config)) == config
    plain = FightConfig("vito", "cole", rounds=3, seed=3)
    assert fight_config(fight_header(content, plain)) == plain
    assert "training" not in dict(fight_header(content, plain).params)
    with pytest.raises(ValueError):
        terms_from_code("1-2:100/0")
    with pytest.raises(ValueError):
        training_from_code("power=platinum")
