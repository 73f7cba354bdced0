"""The command line: `python -m game [COMMAND]`. Errors are one sentence on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from game import __version__
from game.content.errors import ContentError
from game.content.library import Content, load_content
from game.content.rules import CPU_LEVELS
from game.screenshot import SCENES

EXIT_USAGE = 2


class UsageError(Exception):
    """A bad command line: reported as one sentence, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message[0].upper() + message[1:] + ".")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value}")
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole-number seed, got {text!r}") from None


def _file_name(text: str) -> Path:
    """A file named on the command line; an empty name is refused (Path("") would quietly become ".")."""
    if not text.strip():
        raise argparse.ArgumentTypeError("expected a file name, got an empty one")
    return Path(text)


def _out_file(path: Path) -> Path:
    """A file the command writes: its folder must already exist (a typo must not leave new folders behind)."""
    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise UsageError(f"Cannot write {path}: the folder {folder} {what}.")
    return path


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="one-more-round", description="One More Round: a 2D arcade boxing game.")
    p.add_argument("--version", action="version", version=f"One More Round {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    sim = sub.add_parser("simulate", help="a whole CPU-vs-CPU fight, headless")
    sim.add_argument("--p1", default="vito", help="fighter id of player one (red corner)")
    sim.add_argument("--p2", default="cole", help="fighter id of player two (blue corner)")
    sim.add_argument("--ai1", default="normal", choices=CPU_LEVELS, help="CPU level of player one")
    sim.add_argument("--ai2", default="normal", choices=CPU_LEVELS, help="CPU level of player two")
    sim.add_argument("--rounds", type=_positive, default=None, help="rounds, 1 to 12")
    sim.add_argument("--seed", type=_seed, default=0)
    sim.add_argument("--record", type=_file_name, help="write the fight's replay (.omr) here")
    sim.add_argument("--json", action="store_true", help="one JSON object instead of text")

    rep = sub.add_parser("replay", help="verify a replay")
    rep_sub = rep.add_subparsers(dest="replay_command", parser_class=_Parser, required=True)
    ver = rep_sub.add_parser("verify", help="re-simulate a replay and say whether it holds")
    ver.add_argument("file", type=_file_name)
    watch = rep_sub.add_parser("play", help="watch a replay in the window")
    watch.add_argument("file", type=_file_name)
    watch.add_argument("--scale", type=_positive, help="window scale: a whole number")

    spl = sub.add_parser("splits", help="speedrun splits")
    spl_sub = spl.add_subparsers(dest="splits_command", required=True, parser_class=_Parser)
    exp = spl_sub.add_parser("export", help="write a category's splits as a LiveSplit file (.lss)")
    exp.add_argument("category", help="a training stage id, or montage; add /hold for runs with hold instead of "
                     "mash (steps/hold)")
    exp.add_argument("--out", type=_file_name, required=True, help="the .lss file to write")

    chk = sub.add_parser("check-content", help="validate every content file")
    chk.add_argument("dir", nargs="?", type=Path, help="a levels folder (the shipped one by default)")

    bench = sub.add_parser("bench", help="performance figures")
    bench.add_argument("--json", action="store_true")

    play = sub.add_parser("play", help="open the game (at the title, or straight into a mode)")
    play.add_argument("--mode", choices=("story", "versus", "training"), help="jump straight into a mode")
    play.add_argument("--stage", help="a training stage id (training mode)")
    play.add_argument("--p1", help="your fighter (versus)")
    play.add_argument("--p2", help="the CPU's (or player two's) fighter (versus)")
    play.add_argument("--players", type=int, choices=(1, 2), help="versus: 1 against the CPU, 2 on one machine "
                      "(a join screen: each player presses a button on their keyboard half or gamepad)")
    play.add_argument("--cpu", choices=CPU_LEVELS, help="the CPU's level (versus)")
    play.add_argument("--chapter", type=_positive, help="story: open at chapter N (1 = the first chapter card; "
                      "chapters are the beats with a title card, training stages belong to the chapter before)")
    play.add_argument("--rounds", type=_positive, default=None)
    play.add_argument("--fullscreen", action="store_true")
    play.add_argument("--scale", type=_positive, help="window scale: a whole number")

    shot = sub.add_parser("screenshot", help="render a scene headless to a PNG")
    shot.add_argument("scene", choices=SCENES)
    shot.add_argument("--out", type=_file_name, help="the PNG to write (default: SCENE.png)")
    shot.add_argument("--frames", type=_positive, help="ticks to run before the picture")

    camp = sub.add_parser("campaign", help="the story campaign, headless")
    camp_sub = camp.add_subparsers(dest="campaign_command", required=True, parser_class=_Parser)
    auto = camp_sub.add_parser("autoplay", help="play the whole story headless: cutscenes skipped, each stage by "
                               "its pilot, the fight by the CPU in Vito's corner; print each beat and the decision")
    auto.add_argument("--seed", type=_seed, default=0, help="the final fight's seed")
    auto.add_argument("--json", action="store_true", help="one JSON object instead of text")

    sub.add_parser("paths", help="where saves, settings, replays and logs live")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        command = args.command or "play"
        if command == "play" and args.command is None:
            args = build_parser().parse_args(["play"])
        return _COMMANDS[command](args)
    except UsageError as exc:
        print(f"one-more-round: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ContentError as exc:
        print(f"one-more-round: the game's content has problems:\n{exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`... | head`): nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback for a player: the details go to the log
        return _crash(exc)


def _crash(exc: Exception) -> int:
    import traceback

    from game.save.paths import log_file

    where = log_file()
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        with where.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        where = None  # type: ignore[assignment]
    detail = f"; the details are in {where}" if where else ""
    print(f"one-more-round: something went wrong ({type(exc).__name__}: {exc}){detail}.", file=sys.stderr)
    return 1


def _content(root: Path | None = None) -> Content:
    return load_content(root)


def _check_fighters(content: Content, *ids: str) -> None:
    for fid in ids:
        if fid not in content.fighters:
            known = ", ".join(sorted(content.fighters))
            raise UsageError(f"There is no fighter called {fid!r}; the fighters are {known}.")


def _rounds(content: Content, rounds: int | None) -> int:
    if rounds is None:
        return content.rules.default_rounds
    if rounds > 12:
        raise UsageError(f"A fight has 1 to 12 rounds, not {rounds}.")
    return rounds


def cmd_simulate(args: argparse.Namespace) -> int:
    from game.sim.bout import cpu_bout
    from game.sim.fight import FightConfig
    from game.sim.report import fight_report, format_report

    content = _content()
    _check_fighters(content, args.p1, args.p2)
    if args.record is not None:
        _out_file(args.record)
    config = FightConfig(args.p1, args.p2, _rounds(content, args.rounds), args.seed)
    started = time.perf_counter()
    record = cpu_bout(content, config, args.ai1, args.ai2, record=args.record is not None)
    elapsed = max(time.perf_counter() - started, 1e-9)
    report = fight_report(content, record.fight)
    report["ticks_per_second"] = round(record.fight.s.tick / elapsed)
    report["cpu"] = [args.ai1, args.ai2]
    if args.record is not None:
        _write_replay(content, config, record.inputs, args.record)
        report["replay"] = str(args.record)
    print(json.dumps(report, indent=2) if args.json else format_report(report))
    return 0


def _write_replay(content: Content, config: Any, inputs: list[tuple[int, int]], path: Path) -> None:
    from game.save.replay_file import ReplayFileError, write_replay
    from game.sim.replay import record_fight

    try:
        write_replay(path, record_fight(content, config, inputs))
    except (ReplayFileError, OSError) as exc:
        raise UsageError(f"Could not write the replay to {path}: {getattr(exc, 'strerror', None) or exc}") from None


def cmd_replay(args: argparse.Namespace) -> int:
    if args.file.is_dir():
        raise UsageError(f"{args.file} is a folder, not a replay file.")
    if not args.file.is_file():
        raise UsageError(f"There is no replay file at {args.file}.")
    from game.save.replay_file import verify_file

    ok, message = verify_file(args.file)
    print(message, file=sys.stdout if ok else sys.stderr)
    if not ok or args.replay_command != "play":
        return 0 if ok else 1
    return _watch(args)


def _watch(args: argparse.Namespace) -> int:
    """Open the window on a replay that holds: the fight or the training run, driven by its inputs."""
    import pygame

    from game.app import App
    from game.save.paths import settings_file
    from game.save.replay_file import read_replay
    from game.save.settings import load_settings
    from game.scenes.title import TitleScene
    from game.sim.replay import FIGHT_MODE, fight_config

    content = _content()
    replay = read_replay(args.file)
    _setup_logging()
    settings, notice = load_settings(settings_file())
    if args.scale:
        settings.video.scale = min(8, args.scale)
        settings.video.fullscreen = False
    try:
        app = App(content, settings, settings_file(), notice)
    except pygame.error as exc:
        raise UsageError(f"The game window could not be opened ({exc}).") from None
    app.push(TitleScene(app))
    if replay.header.mode == FIGHT_MODE:
        from game.scenes.replay_watch import FightReplayScene

        app.push(FightReplayScene(app, fight_config(replay.header), replay.frames()))
    else:
        from game.scenes.training import TrainingScene
        from game.sim.training.replay import training_config

        config = training_config(content, replay.header)
        app.push(TrainingScene(app, config.stage, config.players, skip_intro=True, playback=replay.frames(),
                               assist=config.assist))
    app.run()
    return 0


def cmd_splits(args: argparse.Namespace) -> int:
    from game.save.atomic import atomic_write_bytes
    from game.save.paths import records_file
    from game.save.records import load_records
    from game.sim.training.category import HOLD, category_name, parse_category
    from game.sim.training.montage import MONTAGE, montage_spec
    from game.speedrun.lss import splits_file

    content = _content()
    known = ", ".join([*sorted(content.training), MONTAGE])
    try:
        stage, assist = parse_category(args.category)
    except ValueError as exc:
        raise UsageError(f"There is no speedrun category called {args.category!r}: {exc}.") from None
    if stage == MONTAGE:
        spec = montage_spec(content)
    elif stage in content.training:
        spec = content.stage(stage)
    else:
        raise UsageError(f"There is no speedrun category called {args.category!r} (categories: {known}, each "
                         f"also as NAME/{HOLD} for runs with hold instead of mash).")
    _out_file(args.out)
    records, notice = load_records(records_file())
    if notice:
        print(notice, file=sys.stderr)
    record = records.get(args.category)
    name = category_name(spec.name, assist)
    try:
        atomic_write_bytes(args.out, splits_file(name, spec.checkpoints, record).encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"{args.out} could not be written ({exc.strerror or exc}).") from None
    best = "no personal best yet" if record.best_frames is None else f"personal best {record.best_frames} ticks"
    attempts = f"{record.attempts} attempt{'' if record.attempts == 1 else 's'}"
    print(f"Wrote {args.out}: {name}, {len(spec.checkpoints)} segments, {attempts}, {best}.")
    return 0


def cmd_check_content(args: argparse.Namespace) -> int:
    root = args.dir
    if root is not None and not root.is_dir():
        raise UsageError(f"{root} is not a folder.")
    try:
        content = load_content(root)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found.", file=sys.stderr)
        return 1
    campaign = f", a campaign of {len(content.campaign.beats)} beats" if content.campaign else ""
    print(f"Content is valid: {len(content.fighters)} fighters ({', '.join(sorted(content.fighters))}), "
          f"{len(content.judges)} judges, {len(content.cpu_levels)} CPU levels, "
          f"{len(content.training)} training stages, {len(content.arenas)} arena(s){campaign}.")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from game.bench import run_bench

    figures = run_bench(_content())
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:32} {value}")
    return 0


def cmd_play(args: argparse.Namespace) -> int:
    import pygame

    from game.app import App
    from game.save.paths import records_file, replays_dir, settings_file
    from game.save.settings import load_settings
    from game.scenes.title import MainMenu, TitleScene

    content = _content()
    story_start = _story_start(content, args)
    if args.stage is not None and args.mode != "training":
        raise UsageError("--stage goes with --mode training.")
    if args.stage is not None and args.stage not in content.training:
        raise UsageError(f"There is no training stage called {args.stage!r} "
                         f"(stages: {', '.join(sorted(content.training))}).")
    if args.players is not None and args.mode != "versus":
        raise UsageError("--players goes with --mode versus.")
    if args.players == 2 and args.cpu is not None:
        raise UsageError("--cpu is for a fight against the CPU, not for two players.")
    if args.scale is not None and args.scale > 8:
        raise UsageError(f"The window scale is a whole number from 1 to 8, not {args.scale}.")
    for fid in (args.p1, args.p2):
        if fid is not None:
            _check_fighters(content, fid)
    _setup_logging()
    path = settings_file()
    settings, notice = load_settings(path)
    if args.fullscreen:
        settings.video.fullscreen = True
    if args.scale:
        settings.video.scale = args.scale
        settings.video.fullscreen = False
    try:
        app = App(content, settings, path, notice)
    except pygame.error as exc:
        raise UsageError(f"The game window could not be opened ({exc}).") from None
    app.records_path = records_file()
    app.replays_dir = replays_dir()
    title = TitleScene(app)
    app.push(title)
    if args.mode == "story":
        _open_story(app, title, story_start)
    else:
        _story_unlocks(app)
    if args.mode == "training":
        from game.scenes.training import TrainingScene
        from game.scenes.training_menu import TrainingMenu

        menu = MainMenu(app, title)
        app.push(menu)
        app.push(TrainingMenu(app, menu.backdrop))
        if args.stage is not None:
            app.push(TrainingScene(app, args.stage))
    if args.mode == "versus":
        from game.scenes.fight import FightScene
        from game.sim.fight import FightConfig

        v = settings.versus
        menu = MainMenu(app, title)
        app.push(menu)
        two = args.players == 2
        hold = settings.accessibility.getup_hold
        config = FightConfig(args.p1 or v.p1, args.p2 or v.p2, _rounds(content, args.rounds or v.rounds),
                             seed=0, getup_hold=(hold, hold and two), clock_speed=v.clock_speed)
        if two and not (args.p1 and args.p2):  # as from the menu: join, then each player picks a fighter
            from game.scenes.versus_setup import VersusSetup

            v.players, v.p1, v.p2, v.rounds = 2, config.p1, config.p2, config.rounds
            setup = VersusSetup(app, menu.backdrop)
            app.push(setup)
            setup.start()
        elif two:
            from game.scenes.join import JoinScene

            def fight_two() -> None:
                app.replace(FightScene(app, config, v.cpu if v.cpu in CPU_LEVELS else "normal", players=2))

            app.push(JoinScene(app, fight_two, menu.backdrop))
        else:
            app.push(FightScene(app, config, args.cpu or v.cpu))
    app.run()
    return 0


def _story_start(content: Content, args: argparse.Namespace) -> int | None:
    """The beat `--chapter N` opens the story at (None: where the saved story resumes); checked before any window."""
    if args.chapter is not None and args.mode != "story":
        raise UsageError("--chapter goes with --mode story.")
    if args.mode != "story":
        return None
    if content.campaign is None:
        raise UsageError("The story's content (levels/campaign.toml) is missing, so story mode cannot open.")
    if args.chapter is None:
        return None
    from game.scenes.story import chapters

    found = chapters(content.campaign)
    number = int(args.chapter)
    if number > len(found):
        raise UsageError(f"There is no chapter {number}; the story has chapters 1 to {len(found)}.")
    return found[number - 1]


def _open_story(app: Any, title: Any, start: int | None) -> None:
    """The story from the title: the main menu, the story menu, then the story at `start` or where it was left."""
    from game.scenes.story import StoryScene
    from game.scenes.title import MainMenu, StoryMenu

    menu = MainMenu(app, title)
    app.push(menu)
    app.inputs.solo()
    story_menu = StoryMenu(app, menu.backdrop)
    app.push(story_menu)
    app.push(StoryScene(app, story_menu.save, start))


def _story_unlocks(app: Any) -> None:
    """What the finished story opens up (young Vito in Versus), read at start; a bad save is said, never raised."""
    from game.scenes.story import StorySave, story_path

    StorySave(app, story_path(app))


def cmd_campaign(args: argparse.Namespace) -> int:
    from game.campaign_autoplay import autoplay_campaign, format_campaign

    content = _content()
    if content.campaign is None:
        raise UsageError("The story's content (levels/campaign.toml) is missing, so there is no campaign to play.")
    report = autoplay_campaign(content, args.seed)
    print(json.dumps(report, indent=2) if args.json else format_campaign(report))
    return 0 if report["reached_epilogue"] else 1


def _setup_logging() -> None:
    import logging

    from game.save.paths import log_file

    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    except OSError:
        logging.basicConfig(level=logging.WARNING)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from game.screenshot import render

    out = args.out or Path(f"{args.scene}.png")
    if out.suffix.lower() != ".png":
        raise UsageError(f"The screenshot is written as PNG; give a file ending in .png, not {out.name}.")
    _out_file(out)
    try:
        render(args.scene, out, args.frames)
    except OSError as exc:
        raise UsageError(f"Could not write {out}: {exc.strerror or exc}.") from None
    print(f"Wrote {out}")
    return 0


def cmd_paths(args: argparse.Namespace) -> int:
    from game.save.paths import HOME_ENV, all_paths

    for name, path in all_paths().items():
        print(f"{name:10} {path}")
    print(f"(set {HOME_ENV} to keep everything in another folder)")
    return 0


_COMMANDS = {
    "simulate": cmd_simulate,
    "replay": cmd_replay,
    "splits": cmd_splits,
    "check-content": cmd_check_content,
    "bench": cmd_bench,
    "play": cmd_play,
    "screenshot": cmd_screenshot,
    "paths": cmd_paths,
    "campaign": cmd_campaign,
}
