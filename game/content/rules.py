"""The fight's rules (`levels/rules.toml`), judges (`levels/judges.toml`) and CPU levels (`levels/cpu_levels.toml`)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from game.content.reader import Reader
from game.content.training import GRADES, STATS

STAT_NAMES = ("power", "hand_speed", "foot_speed", "chin", "recovery", "stamina")
FIGURES = ("landed", "power_landed", "damage", "aggression", "ring_control", "defence")
CPU_LEVELS = ("easy", "normal", "hard", "champion")


@dataclass(frozen=True)
class TrainingRaises:
    """What each grade of the story's training adds for the final fight: per stat (the `STATS` a stage raises),
    the amounts for (gold, silver, bronze). The unit is the stat's own (levels/rules.toml [training] says it)."""

    amounts: tuple[tuple[str, tuple[int, ...]], ...]  # (stat, (gold, silver, bronze)) in STATS order

    def amount(self, stat: str, grade: str | None) -> int:
        """The raise a grade earns for a stat; nothing for no grade."""
        if not grade:
            return 0
        if grade not in GRADES:
            raise ValueError(f"no grade {grade!r} (grades are {', '.join(GRADES)})")
        return dict(self.amounts)[stat][GRADES.index(grade)]


@dataclass(frozen=True)
class Rules:
    ticks_per_second: int
    buffer_frames: int
    # ring, in subpixels
    left_rope_sub: int
    right_rope_sub: int
    start_gap_sub: int
    corner_margin_sub: int
    # health
    health_max: int
    body_to_health_percent: int
    body_to_max_stamina_percent: int
    # stamina
    stamina_max_start: int
    stamina_refill_per_second: int
    guard_refill_percent: int
    refill_delay_frames: int
    low_stamina_percent: int
    low_startup_frames: int
    low_damage_percent: int
    low_chip_percent: int
    empty_startup_frames: int
    empty_recovery_frames: int
    blocked_cost_percent: int
    slip_cost: int
    max_stamina_loss_per_round: int
    # hits
    counter_damage_percent: int
    counter_extra_hitstun: int
    counter_extra_hitstop: int
    stagger_frames: int
    stagger_health_percent: int
    # slip
    slip_frames: int
    slip_untouchable_from: int
    slip_untouchable_to: int
    # heart
    heart_max: int
    heart_clean_hit: int
    heart_counter_hit: int
    heart_slip: int
    heart_get_up: int
    # knockdown
    fall_frames: int
    count_frames: int
    count_to: int
    tko_knockdowns: int
    getup_base: int
    getup_per_knockdown: int
    getup_per_damage: int
    getup_press: int
    getup_hold_per_second: int
    getup_decay_per_second: int
    rise_frames: int
    rise_health_percent: tuple[int, ...]
    # rounds
    round_seconds: int
    clock_speed: int
    break_seconds: int
    break_frames: int
    break_min_frames: int
    intro_frames: int
    corner_health_percent: int
    default_rounds: int
    # stat tables, indexed by stat value - 1
    power_damage_percent: tuple[int, ...]
    chin_head_damage_percent: tuple[int, ...]
    foot_walk_subpx: tuple[int, ...]
    hand_chain_frames: tuple[int, ...]
    recovery_percent: tuple[int, ...]
    stamina_refill_percent: tuple[int, ...]
    stamina_round_loss_percent: tuple[int, ...]
    stamina_body_loss_percent: tuple[int, ...]
    training: TrainingRaises

    @property
    def round_frames(self) -> int:
        """Real frames in a round: the round clock runs clock_speed times faster than real time."""
        return self.round_seconds * self.ticks_per_second // self.clock_speed


TICKS_PER_SECOND = 60  # the fixed simulation rate; the rules file must agree
SUBPX = 256  # subpixels in a logical pixel: positions and boxes are integers in subpixels


def read_rules(r: Reader) -> Rules:
    t = r.table_of("timing")
    ring = r.table_of("ring")
    health = r.table_of("health")
    st = r.table_of("stamina")
    hits = r.table_of("hits")
    slip = r.table_of("slip")
    heart = r.table_of("heart")
    kd = r.table_of("knockdown")
    rounds = r.table_of("rounds")
    stats = r.table_of("stats")
    left = ring.integer("left_rope_px", 0, 2000)
    right = ring.integer("right_rope_px", 0, 4000)
    if right <= left + 100:
        ring.problem("right_rope_px", f"expected more than 100 pixels right of left_rope_px ({left}), got {right}")
    rules = Rules(
        ticks_per_second=t.integer("ticks_per_second", TICKS_PER_SECOND, TICKS_PER_SECOND),
        buffer_frames=t.frames("input_buffer_frames", 0, 30),
        left_rope_sub=left * SUBPX,
        right_rope_sub=right * SUBPX,
        start_gap_sub=ring.integer("start_gap_px", 40, 1000) * SUBPX,
        corner_margin_sub=ring.integer("corner_margin_px", 0, 200) * SUBPX,
        health_max=health.integer("max", 1, 10000),
        body_to_health_percent=health.integer("body_to_health_percent", 0, 100),
        body_to_max_stamina_percent=health.integer("body_to_max_stamina_percent", 0, 300),
        stamina_max_start=st.integer("max_start", 1, 1000),
        stamina_refill_per_second=st.integer("refill_per_second", 0, 200),
        guard_refill_percent=st.integer("guard_refill_percent", 0, 100),
        refill_delay_frames=st.frames("refill_delay_frames", 0),
        low_stamina_percent=st.integer("low_percent", 0, 100),
        low_startup_frames=st.frames("low_startup_frames", 0, 30),
        low_damage_percent=st.integer("low_damage_percent", 0, 100),
        low_chip_percent=st.integer("low_chip_percent", 100, 1000),
        empty_startup_frames=st.frames("empty_startup_frames", 0, 60),
        empty_recovery_frames=st.frames("empty_recovery_frames", 0, 60),
        blocked_cost_percent=st.integer("blocked_cost_percent", 0, 500),
        slip_cost=st.integer("slip_cost", 0, 50),
        max_stamina_loss_per_round=st.integer("max_loss_per_round", 0, 50),
        counter_damage_percent=hits.integer("counter_damage_percent", 100, 400),
        counter_extra_hitstun=hits.frames("counter_extra_hitstun", 0, 60),
        counter_extra_hitstop=hits.frames("counter_extra_hitstop", 0, 30),
        stagger_frames=hits.frames("stagger_frames", 1, 240),
        stagger_health_percent=hits.integer("stagger_health_percent", 0, 100),
        slip_frames=slip.frames("frames", 2, 60),
        slip_untouchable_from=slip.frames("untouchable_from", 0, 60),
        slip_untouchable_to=slip.frames("untouchable_to", 0, 60),
        heart_max=heart.integer("max", 1, 1000),
        heart_clean_hit=heart.integer("clean_hit", 0, 1000),
        heart_counter_hit=heart.integer("counter_hit", 0, 1000),
        heart_slip=heart.integer("slip", 0, 1000),
        heart_get_up=heart.integer("get_up", 0, 1000),
        fall_frames=kd.frames("fall_frames", 1, 240),
        count_frames=kd.frames("count_frames", 1, 240),
        count_to=kd.integer("count_to", 1, 20),
        tko_knockdowns=kd.integer("tko_knockdowns", 1, 10),
        getup_base=kd.integer("getup_base", 1, 10000),
        getup_per_knockdown=kd.integer("getup_per_knockdown", 0, 10000),
        getup_per_damage=kd.integer("getup_per_damage", 0, 1000),
        getup_press=kd.integer("getup_press", 1, 1000),
        getup_hold_per_second=kd.integer("getup_hold_per_second", 1, 10000),
        getup_decay_per_second=kd.integer("getup_decay_per_second", 0, 10000),
        rise_frames=kd.frames("rise_frames", 1, 240),
        rise_health_percent=kd.ints("rise_health_percent", lo=0),
        round_seconds=rounds.integer("round_seconds", 10, 600),
        clock_speed=rounds.integer("clock_speed", 1, 10),
        break_seconds=rounds.integer("break_seconds", 0, 600),
        break_frames=rounds.frames("break_frames", 1, 3600),
        break_min_frames=rounds.frames("break_min_frames", 0, 3600),
        intro_frames=rounds.frames("intro_frames", 0, 600),
        corner_health_percent=rounds.integer("corner_health_percent", 0, 100),
        default_rounds=rounds.integer("default_rounds", 1, 12),
        power_damage_percent=stats.ints("power_damage_percent", 10, 1),
        chin_head_damage_percent=stats.ints("chin_head_damage_percent", 10, 1),
        foot_walk_subpx=stats.ints("foot_walk_subpx", 10, 1),
        hand_chain_frames=stats.ints("hand_chain_frames", 10, 0),
        recovery_percent=stats.ints("recovery_percent", 10, 0),
        stamina_refill_percent=stats.ints("stamina_refill_percent", 10, 0),
        stamina_round_loss_percent=stats.ints("stamina_round_loss_percent", 10, 0),
        stamina_body_loss_percent=stats.ints("stamina_body_loss_percent", 10, 0),
        training=read_training(r.table_of("training")),
    )
    if len(rules.rise_health_percent) != rules.count_to:
        kd.problem("rise_health_percent",
                   f"expected one entry per count (count_to = {rules.count_to}), "
                   f"got {len(rules.rise_health_percent)}")
    if rules.slip_untouchable_to >= rules.slip_frames or rules.slip_untouchable_from > rules.slip_untouchable_to:
        slip.problem("untouchable_to", "expected untouchable_from <= untouchable_to < frames")
    for sub in (t, ring, health, st, hits, slip, heart, kd, rounds, stats):
        sub.done()
    r.done()
    return rules


def read_training(r: Reader) -> TrainingRaises:
    """The [training] table: for every stat a stage can raise, [gold, silver, bronze], never growing worse->better."""
    amounts = []
    for stat in STATS:
        values = r.ints(stat, len(GRADES), 0)
        if any(better < worse for better, worse in pairwise(values)):
            r.problem(stat, f"expected gold >= silver >= bronze, got {list(values)}")
        amounts.append((stat, values))
    r.done()
    return TrainingRaises(tuple(amounts))


@dataclass(frozen=True)
class JudgeSpec:
    """One judge: a name, a leaning shown on screen, and the weights that leaning puts on the round's figures."""

    name: str
    leaning: str
    even_margin: int
    weights: tuple[tuple[str, int], ...]  # (figure, weight) in FIGURES order


def read_judges(r: Reader) -> tuple[JudgeSpec, ...]:
    raw = r.raw("judges")
    judges: list[JudgeSpec] = []
    if not isinstance(raw, list) or len(raw) != 3:
        r.problem("judges", "expected exactly three [[judges]] tables")
        raw = []
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict):
            r.problem(f"judges[{i}]", "expected a table")
            continue
        j = Reader(r.file, entry, f"judges[{i}]", r.problems)
        w = j.table_of("weights")
        weights = tuple((name, w.integer(name, 0, 100)) for name in FIGURES)
        w.done()
        judges.append(JudgeSpec(j.text("name"), j.text("leaning"), j.integer("even_margin", 0, 1000), weights))
        j.done()
    r.done()
    return tuple(judges)


@dataclass(frozen=True)
class CpuLevel:
    name: str
    reaction_frames: int
    defence_percent: int
    slip_percent: int
    counter_percent: int
    risk_percent: int
    punch_percent: int
    mash_per_second: int
    rest_below_percent: int
    read_percent: int
    pressure_percent: int
    rise_count: int


def read_cpu_levels(r: Reader) -> dict[str, CpuLevel]:
    levels: dict[str, CpuLevel] = {}
    for name in CPU_LEVELS:
        c = r.table_of(name)
        levels[name] = CpuLevel(
            name=name,
            reaction_frames=c.frames("reaction_frames", 1, 120),
            defence_percent=c.integer("defence_percent", 0, 100),
            slip_percent=c.integer("slip_percent", 0, 100),
            counter_percent=c.integer("counter_percent", 0, 100),
            risk_percent=c.integer("risk_percent", 0, 100),
            punch_percent=c.integer("punch_percent", 0, 100),
            mash_per_second=c.integer("mash_per_second", 1, 30),
            rest_below_percent=c.integer("rest_below_percent", 0, 100),
            read_percent=c.integer("read_percent", 0, 100),
            pressure_percent=c.integer("pressure_percent", 0, 100),
            rise_count=c.integer("rise_count", 0, 9),
        )
        c.done()
    r.done()
    return levels
