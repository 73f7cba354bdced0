"""Effects: they draw, they die away, and the comfort settings turn the flash and the shake off."""

from __future__ import annotations

import pygame

from game.render.effects import Effects


def picture(fx: Effects) -> bytes:
    surface = pygame.Surface((640, 360))
    surface.fill((30, 30, 40))
    fx.draw(surface, fx.offset)
    return pygame.image.tobytes(surface, "RGB")


BLANK = picture(Effects())


def everything(fx: Effects) -> None:
    fx.hit_spark(300, 200, 1.0, counter=True)
    fx.hit_spark(200, 210, 0.2)
    fx.sweat(300, 200, 0.8, direction=-1)
    fx.dust(320, 300)
    fx.flash()
    fx.shake(1.0)


def test_each_effect_draws() -> None:
    for trigger in (lambda fx: fx.hit_spark(300, 200, 0.5), lambda fx: fx.hit_spark(300, 200, 0.5, counter=True),
                    lambda fx: fx.sweat(300, 200, 0.5), lambda fx: fx.dust(300, 300), lambda fx: fx.flash()):
        fx = Effects(seed=1)
        trigger(fx)
        fx.update()
        assert fx.active
        assert picture(fx) != BLANK


def test_counter_sparks_are_bigger_and_golden() -> None:
    plain, counter = Effects(seed=2), Effects(seed=2)
    plain.hit_spark(300, 180, 0.6)
    counter.hit_spark(300, 180, 0.6, counter=True)
    a, b = picture(plain), picture(counter)
    changed = [sum(1 for i in range(0, len(p), 3) if p[i:i + 3] != BLANK[i:i + 3]) for p in (a, b)]
    assert changed[1] > changed[0]
    gold = sum(1 for i in range(0, len(b), 3) if b[i] > 200 and b[i + 1] > 150 and b[i + 2] < 120)
    assert gold > 20


def test_heavier_punches_make_bigger_sparks() -> None:
    light, heavy = Effects(seed=3), Effects(seed=3)
    light.hit_spark(300, 180, 0.1)
    heavy.hit_spark(300, 180, 1.0)
    diff = [sum(1 for i in range(0, len(p), 3) if p[i:i + 3] != BLANK[i:i + 3])
            for p in (picture(light), picture(heavy))]
    assert diff[1] > 2 * diff[0]


def test_everything_decays_to_nothing() -> None:
    fx = Effects(seed=4)
    everything(fx)
    for _ in range(120):
        fx.update()
    assert not fx.active
    assert fx.offset == (0, 0)
    assert fx.flash_level == 0
    assert picture(fx) == BLANK


def test_shake_holds_then_decays() -> None:
    fx = Effects(seed=5)
    first = fx.shake(1.0)
    assert first != (0, 0)
    sizes = []
    for _ in range(30):
        fx.update()
        sizes.append(max(abs(fx.offset[0]), abs(fx.offset[1])))
    assert sizes[0] > 0 and sizes[-1] == 0
    assert max(sizes[15:]) <= max(sizes[:5])


def test_zero_settings_mean_no_shake_and_no_flash() -> None:
    fx = Effects(seed=6, flash_scale=0.0, shake_scale=0.0)
    fx.flash(1.0)
    assert fx.shake(1.0) == (0, 0)
    for _ in range(10):
        assert fx.offset == (0, 0)
        assert fx.flash_level == 0
        assert picture(fx) == BLANK
        fx.update()


def test_settings_scale_the_flash_and_shake() -> None:
    full, half = Effects(seed=7), Effects(seed=7, flash_scale=0.5, shake_scale=0.5)
    for fx in (full, half):
        fx.flash(1.0)
        fx.shake(1.0)
    assert half.flash_level == 0.5 * full.flash_level > 0
    big = picture(full)
    small = picture(half)
    assert big[0] > small[0] > BLANK[0]
    full_amp = max(abs(v) for v in full.offset)
    half_amp = max(abs(v) for v in half.offset)
    assert 0 < half_amp < full_amp
    # turning the setting down mid-flash takes effect at once
    full.flash_scale = 0.0
    full.shake_scale = 0.0
    assert full.flash_level == 0 and full.offset == (0, 0)


def test_same_seed_same_effects() -> None:
    a, b = Effects(seed=8), Effects(seed=8)
    for fx in (a, b):
        everything(fx)
    for _ in range(12):
        assert picture(a) == picture(b)
        a.update()
        b.update()
