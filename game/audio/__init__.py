"""Sound and music playback, driven by the fight's events and by the scenes.

`catalog` names the files the game ships in assets/sounds/ (made by tools/make_sounds.py), `cues` turns a tick's
fight events into what to play (pure, no pygame), and `player.Audio` plays it through pygame.mixer, or stays
silent, without complaint, when there is no sound device. The simulation never imports this package.
"""
