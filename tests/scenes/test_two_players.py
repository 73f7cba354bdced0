"""Two players on one machine, headless: the join screen, a two-player fight fed by injected device events (both
presses of one tick act), a pad unplugged mid-fight pauses and a pad plugged back in resumes, the rebinding screen,
and every menu answering a gamepad."""

from __future__ import annotations

import pygame

from game.app import App
from game.content.library import Content
from game.input.keyboard import LEFT_HALF, RIGHT_HALF
from game.save.settings import load_settings
from game.scenes.fight import FightScene
from game.scenes.fighter_pick import FighterPick
from game.scenes.join import JoinScene
from game.scenes.pause import PauseScene
from game.scenes.rebind import RebindScene
from game.scenes.title import MainMenu, TitleScene
from game.scenes.versus_setup import VersusSetup
from game.sim.fight import FightConfig
from game.sim.inputs import Action
from game.sim.states import FS, Phase
from tests.input.events import button_down, button_up, key_down, key_up, pad_added, pad_removed

A, B, X = pygame.CONTROLLER_BUTTON_A, pygame.CONTROLLER_BUTTON_B, pygame.CONTROLLER_BUTTON_X
START, DOWN = pygame.CONTROLLER_BUTTON_START, pygame.CONTROLLER_BUTTON_DPAD_DOWN


def send(app: App, *events: pygame.event.Event) -> None:
    for e in events:
        app.handle(e)


def tap(app: App, code: int) -> None:
    send(app, key_down(code), key_up(code))


def two_player_fight(app: App, devices: list[str]) -> FightScene:
    app.inputs.assign(devices)
    scene = FightScene(app, FightConfig("vito", "cole", 1, seed=3), "easy", players=2)
    app.push(scene)
    while scene.fight.s.phase != Phase.FIGHTING:
        app.update()
    return scene


def test_each_player_takes_a_side_with_a_device_and_a_device_cannot_be_both(app: App) -> None:
    done: list[bool] = []
    app.push(JoinScene(app, lambda: done.append(True)))
    send(app, pad_added(5))
    send(app, button_down(5, A), button_up(5, A))
    send(app, button_down(5, A), button_up(5, A))  # the same pad again: it does not take the other side
    join = app.top
    assert isinstance(join, JoinScene)
    assert join.sides == ["pad:5", None] and not done
    tap(app, RIGHT_HALF.keys[Action.JAB][0])
    assert join.sides == ["pad:5", "kb:right"]
    send(app, button_down(5, A))  # both in: a confirm starts
    assert done and app.inputs.slots == ["pad:5", "kb"]  # a lone keyboard player gets the whole keyboard


def test_joined_players_can_swap_sides_and_leave(app: App) -> None:
    join = JoinScene(app, lambda: None)
    app.push(join)
    tap(app, RIGHT_HALF.keys[Action.JAB][0])
    assert join.sides == [None, "kb:right"]  # the arrows' half takes the right-hand side
    tap(app, RIGHT_HALF.keys[Action.LEFT][0])
    assert join.sides == ["kb:right", None]
    send(app, pad_added(2), button_down(2, X))
    assert join.sides == ["kb:right", "pad:2"]
    send(app, button_down(2, B))  # B: the pad leaves its side
    assert join.sides == ["kb:right", None]
    tap(app, pygame.K_ESCAPE)  # Esc: the keyboard's side first...
    assert join.sides == [None, None] and app.top is join
    tap(app, pygame.K_ESCAPE)  # ...then the screen
    assert app.top is not join


def test_versus_for_two_goes_through_the_join_screen_into_a_fight_of_player_1_and_player_2(app: App) -> None:
    title = TitleScene(app)
    app.push(title)
    app.push(MainMenu(app, title))
    app.push(VersusSetup(app))
    tap(app, pygame.K_RIGHT)  # Players: 2
    assert app.settings.versus.players == 2
    for _ in range(6):
        tap(app, pygame.K_DOWN)
    tap(app, pygame.K_RETURN)  # Fight!
    assert isinstance(app.top, JoinScene)
    tap(app, LEFT_HALF.keys[Action.JAB][0])
    tap(app, RIGHT_HALF.keys[Action.JAB][0])
    tap(app, LEFT_HALF.keys[Action.CONFIRM][0])
    pick = app.top
    assert isinstance(pick, FighterPick)  # each player picks a fighter on their own keys
    first = list(pick.picks)
    tap(app, RIGHT_HALF.keys[Action.RIGHT][0])  # player 2 moves on to the next fighter...
    assert pick.picks[0] == first[0] and pick.picks[1] != first[1]
    tap(app, RIGHT_HALF.keys[Action.CONFIRM][0])  # ...and locks it in
    assert pick.locked == [False, True]
    tap(app, RIGHT_HALF.keys[Action.LEFT][0])  # a locked pick does not move
    tap(app, LEFT_HALF.keys[Action.CONFIRM][0])  # player 1 keeps his and is ready: the fight
    fight = app.top
    assert isinstance(fight, FightScene)
    assert fight.players == 2 and fight.labels == ("PLAYER 1", "PLAYER 2")
    assert [fight.config.p1, fight.config.p2] == pick.picks


def test_two_presses_on_the_same_tick_both_act(app: App) -> None:
    scene = two_player_fight(app, ["kb:left", "kb:right"])
    app.update()
    send(app, key_down(LEFT_HALF.keys[Action.JAB][0]), key_down(RIGHT_HALF.keys[Action.JAB][0]))
    app.update()
    a, b = scene.fight.s.boxers
    assert a.state == FS.PUNCH_STARTUP and b.state == FS.PUNCH_STARTUP
    assert a.frame == 0 and b.frame == 0


def test_a_keyboard_player_and_a_pad_player_both_act_on_the_same_tick(app: App) -> None:
    send(app, pad_added(3))
    scene = two_player_fight(app, ["pad:3", "kb:right"])
    app.update()
    send(app, button_down(3, X), key_down(RIGHT_HALF.keys[Action.HOOK][0]))
    app.update()
    a, b = scene.fight.s.boxers
    assert a.state == FS.PUNCH_STARTUP and b.state == FS.PUNCH_STARTUP


def test_a_pads_b_button_is_a_punch_not_a_pause_but_start_pauses(app: App) -> None:
    send(app, pad_added(3))
    two_player_fight(app, ["pad:3", "kb:right"])
    send(app, button_down(3, B), button_up(3, B))
    assert isinstance(app.top, FightScene)
    send(app, button_down(3, START))
    assert isinstance(app.top, PauseScene)
    send(app, button_down(3, START))  # Start again resumes
    assert isinstance(app.top, FightScene)


def test_unplugging_pauses_and_replugging_gives_the_side_back_and_resumes_where_it_stopped(app: App) -> None:
    send(app, pad_added(3))
    scene = two_player_fight(app, ["kb:left", "pad:3"])
    for _ in range(10):
        app.update()
    send(app, pad_removed(3))
    pause = app.top
    assert isinstance(pause, PauseScene)
    tick = scene.fight.s.tick
    app.draw()  # the reconnect message is drawn over the pause
    tap(app, pygame.K_RETURN)  # Resume is refused while the pad is away
    assert app.top is pause and "Waiting for player 2" in pause.message
    for _ in range(30):
        app.update()
    assert scene.fight.s.tick == tick
    send(app, pad_added(8))  # another pad takes player 2's side
    assert app.inputs.device(1) == "pad:8" and not app.inputs.missing
    send(app, button_down(8, A))  # the player confirms Resume
    assert app.top is scene
    app.update()
    assert scene.fight.s.tick == tick + 1
    send(app, button_down(8, X))
    app.update()
    assert scene.fight.s.boxers[1].state in (FS.PUNCH_STARTUP, FS.PUNCH_ACTIVE)


def test_unplugging_a_pad_nobody_uses_does_not_pause(app: App) -> None:
    send(app, pad_added(3), pad_added(4))
    two_player_fight(app, ["kb:left", "pad:3"])
    send(app, pad_removed(4))
    assert isinstance(app.top, FightScene)


def test_heavy_hits_and_knockdowns_rumble_the_players_pad(app: App) -> None:
    send(app, pad_added(3))
    scene = two_player_fight(app, ["kb:left", "pad:3"])
    scene.view.react([_event("knockdown", 1)])
    assert app.inputs.rumble_log[-1][0] == 1
    app.settings.controls.rumble = False
    count = len(app.inputs.rumble_log)
    scene.view.react([_event("knockdown", 1)])
    assert len(app.inputs.rumble_log) == count


def _event(kind: str, side: int):  # type: ignore[no-untyped-def]
    from game.sim.events import Event

    return Event(kind, side)


def test_the_get_up_prompt_and_the_pause_name_each_players_own_buttons(app: App) -> None:
    send(app, pad_added(3))
    scene = two_player_fight(app, ["kb:left", "pad:3"])
    assert scene.getup_prompt(0).split()[1::2] == ["J", "K", "L", "I"]  # alone on the keyboard: the roomy layout
    assert scene.getup_prompt(1).split()[1::2] == ["X", "Y", "B", "A"]
    from game.scenes.pause import button_lines

    assert "Jab X" in button_lines(app, 1)[1] and "Jab J" in button_lines(app, 0)[1]


def test_the_input_display_records_each_players_frames_and_draws(app: App) -> None:
    app.settings.accessibility.input_display = True
    scene = two_player_fight(app, ["kb:left", "kb:right"])
    send(app, key_down(LEFT_HALF.keys[Action.BLOCK][0]), key_down(RIGHT_HALF.keys[Action.DOWN][0]))
    app.update()
    assert scene.display.held(0) & Action.BLOCK and scene.display.held(1) & Action.DOWN
    app.draw()


def test_rebinding_a_key_is_saved_and_survives_a_restart(app: App, content: Content) -> None:
    screen = RebindScene(app, "keys_p1")
    app.push(screen)
    for _ in range(6):
        tap(app, pygame.K_DOWN)  # to Jab
    tap(app, pygame.K_RETURN)
    assert screen.waiting
    tap(app, pygame.K_c)
    assert app.inputs.bindings.tables["keys_p1"][Action.JAB] == (pygame.K_c,)
    tap(app, pygame.K_ESCAPE)  # leave: saved
    settings, notice = load_settings(app.settings_path)
    assert notice is None
    again = App(content, settings, app.settings_path, headless=True)
    again.inputs.assign(["kb:left", "kb:right"])
    again.handle(key_down(pygame.K_c))
    assert again.inputs.frame(0) & Action.JAB
    assert again.inputs.label(0, Action.JAB) == "C"


def test_a_refused_key_is_shown_and_nothing_changes(app: App) -> None:
    screen = RebindScene(app, "keys_p2")
    app.push(screen)
    screen.index = 6
    tap(app, pygame.K_RETURN)
    tap(app, LEFT_HALF.keys[Action.HOOK][0])
    assert screen.refused and "player 1" in screen.message
    assert app.inputs.bindings.tables["keys_p2"][Action.JAB] == RIGHT_HALF.keys[Action.JAB]
    app.draw()


def test_a_pad_button_rebinds_a_pad_profile_and_reset_restores_it(app: App) -> None:
    send(app, pad_added(1))
    screen = RebindScene(app, "pad_p1")
    app.push(screen)
    screen.index = 6
    send(app, button_down(1, A))  # choose (A confirms in menus)...
    send(app, button_up(1, A), button_down(1, pygame.CONTROLLER_BUTTON_LEFTSTICK))  # ...then the new button
    assert app.inputs.bindings.tables["pad_p1"][Action.JAB] == ("leftstick",)
    screen.index = len(screen.rows) - 2
    send(app, button_down(1, A))
    assert app.inputs.bindings.tables["pad_p1"][Action.JAB] == ("x",)


def test_every_menu_works_from_a_gamepad(app: App) -> None:
    send(app, pad_added(1))
    title = TitleScene(app)
    app.push(title)
    send(app, button_down(1, A))
    assert isinstance(app.top, MainMenu)
    send(app, button_down(1, DOWN), button_down(1, A))
    assert isinstance(app.top, VersusSetup)
    send(app, button_down(1, B))
    assert isinstance(app.top, MainMenu)
    app.draw()
    assert "A pick" in app.inputs.menu_hint()


def test_a_key_held_on_the_join_screen_joins_its_half_once(app: App) -> None:
    join = JoinScene(app, lambda: None)
    app.push(join)
    send(app, key_down(LEFT_HALF.keys[Action.RIGHT][0]))  # held: the menu repeats it
    for _ in range(60):
        app.update()
    assert [d for d in join.sides if d] == ["kb:left"]  # it may walk to the other side, never take both


def test_a_player_who_lost_the_pad_in_the_pick_is_waited_for_when_the_fight_starts(app: App) -> None:
    send(app, pad_added(5))
    app.inputs.assign(["pad:5", "kb:right"])
    send(app, pad_removed(5))
    fight = FightScene(app, FightConfig("vito", "cole", 1, seed=3), "easy", players=2)
    app.push(fight)
    for _ in range(5):
        app.update()
    assert isinstance(app.top, PauseScene) and fight.fight.s.tick == 0


def test_a_real_heavy_hit_in_the_fight_rumbles_the_pad_of_the_man_it_lands_on(app: App) -> None:
    send(app, pad_added(3))
    two_player_fight(app, ["pad:3", "kb:right"])  # player one on the pad stands still
    send(app, key_down(RIGHT_HALF.keys[Action.LEFT][0]))  # player two walks in...
    hook = RIGHT_HALF.keys[Action.HOOK][0]
    for tick in range(900):
        if tick % 40 == 0:
            send(app, key_down(hook))  # ...throwing hooks
        elif tick % 40 == 3:
            send(app, key_up(hook))
        before = len(app.inputs.rumble_log)
        app.update()
        if len(app.inputs.rumble_log) > before:
            break
    else:
        raise AssertionError("no hook landed in 15 seconds")
    assert app.inputs.rumble_log[-1][0] == 0  # the pad of the man who was hit
