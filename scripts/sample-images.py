#!/usr/bin/env python3
"""Draw the sample site's pictures and write its media store (Site/media/).

Usage: scripts/sample-images.py [--site DIR] [--preview DIR]

The Harbour Gazette is invented, and so are its photographs: every picture the sample feed
and the hand-written articles give an address for (under media.harbour-gazette.example, a host
that does not exist) is drawn here by code, as a flat illustration of its caption. The script
writes each one into the site's media store the way `broadsheet fetch` would have saved it
(named by the first 32 hex digits of the SHA-256 of its bytes, plus the real type's extension)
and writes the store's record, media/index.json, in MediaRecord's format (Foundation's
JSONEncoder with .prettyPrinted, .sortedKeys and .withoutEscapingSlashes). A build then serves
the pictures from disk, so a fresh clone's site, book and digest show them.

Drawing is deterministic (fixed seeds, no clock): the same Pillow and libjpeg/libwebp give the
same bytes. Another version of those libraries may encode slightly different bytes, hence other
file names; the record is always rewritten to match, and store files this script wrote before
that are no longer in the record are removed (nothing else in the folder is touched). With
--preview DIR, a PNG copy of each picture is saved there to look at.

Needs `pip install pillow` (with WebP support, as the wheels have). A developer tool: no test
or build runs it.
"""

import argparse
import hashlib
import io
import json
import math
import os
import random
import re
import sys

from PIL import Image, ImageDraw, ImageFilter

HOST = "https://media.harbour-gazette.example"
SCALE = 2  # drawn at twice the size, then scaled down: smooth edges without anti-aliasing
STORE_NAME = re.compile(r"^[0-9a-f]{32}\.(jpg|png|webp)$")


# ---------------------------------------------------------------------------------------------
# Drawing helpers. A Canvas takes coordinates in final pixels and draws at SCALE times the size.


def mix(a, b, t):
    """The colour a fraction t of the way from a to b."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


class Canvas:
    """An RGB picture drawn in final-pixel coordinates on a SCALE-times larger image."""

    def __init__(self, width, height, background=(255, 255, 255)):
        self.width, self.height = width, height
        self.image = Image.new("RGB", (width * SCALE, height * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    def _xy(self, points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    def _box(self, box):
        x0, y0, x1, y1 = box
        return [x0 * SCALE, y0 * SCALE, x1 * SCALE, y1 * SCALE]

    def gradient(self, top, bottom, colours):
        """Horizontal bands from y=top to y=bottom through the colours, evenly spaced."""
        steps = len(colours) - 1
        for y in range(top * SCALE, bottom * SCALE):
            t = (y - top * SCALE) / max(1, (bottom - top) * SCALE - 1) * steps
            i = min(int(t), steps - 1)
            self.draw.line([(0, y), (self.width * SCALE, y)], fill=mix(colours[i], colours[i + 1], t - i))

    def polygon(self, points, fill):
        self.draw.polygon(self._xy(points), fill=fill)

    def rect(self, box, fill):
        self.draw.rectangle(self._box(box), fill=fill)

    def ellipse(self, box, fill):
        self.draw.ellipse(self._box(box), fill=fill)

    def circle(self, x, y, r, fill):
        self.ellipse((x - r, y - r, x + r, y + r), fill)

    def line(self, points, fill, width):
        self.draw.line(self._xy(points), fill=fill, width=max(1, round(width * SCALE)), joint="curve")

    def glow(self, x, y, radius, colour, strength=0.55):
        """A soft round light: a blurred disc added over the picture."""
        self.overlay(lambda layer: layer.ellipse(self._box((x - radius, y - radius, x + radius, y + radius)),
                                                 fill=colour + (round(255 * strength),)), blur=radius * 0.6, tint=colour)

    def overlay(self, paint, blur=0, tint=(255, 255, 255)):
        """Paints on a transparent layer (with `paint(ImageDraw)`), blurs it, lays it over. The
        layer's clear pixels have the colour `tint`, so a blurred edge fades to it, not to black."""
        layer = Image.new("RGBA", self.image.size, tint + (0,))
        paint(ImageDraw.Draw(layer))
        if blur:
            layer = layer.filter(ImageFilter.GaussianBlur(blur * SCALE))
        base = self.image.convert("RGBA")
        base.alpha_composite(layer)
        self.image = base.convert("RGB")
        self.draw = ImageDraw.Draw(self.image)

    def translucent(self, points, colour, alpha, blur=0):
        """A see-through polygon (a beam of light, a shadow, spray)."""
        self.overlay(lambda layer: layer.polygon(self._xy(points), fill=colour + (alpha,)), blur=blur, tint=colour)

    def result(self):
        return self.image.resize((self.width, self.height), Image.LANCZOS)


def waves(canvas, rng, top, bottom, base, light, count, length=(30, 90)):
    """Short light dashes on a sea between top and bottom, denser and longer towards the viewer."""
    for _ in range(count):
        t = rng.random() ** 1.6
        y = top + (bottom - top) * t
        x = rng.uniform(-20, canvas.width)
        size = length[0] + (length[1] - length[0]) * t
        canvas.line([(x, y), (x + size, y)], mix(base, light, 0.35 + 0.5 * rng.random()), 1.2 + 2.5 * t)


def cloud(canvas, x, y, size, colour, alpha=200):
    """A flat cloud: a few overlapping ellipses on a flat base."""
    def paint(layer):
        puffs = [(-1.0, 0.0, 0.9), (-0.3, -0.45, 1.0), (0.5, -0.25, 0.85), (1.1, 0.05, 0.7)]
        for dx, dy, r in puffs:
            cx, cy, rad = x + dx * size, y + dy * size, r * size
            layer.ellipse([(cx - rad * 1.2) * SCALE, (cy - rad) * SCALE, (cx + rad * 1.2) * SCALE, (cy + rad) * SCALE],
                          fill=colour + (alpha,))
        layer.rectangle([(x - 1.9 * size) * SCALE, y * SCALE, (x + 1.8 * size) * SCALE, (y + 0.7 * size) * SCALE],
                        fill=colour + (alpha,))
    canvas.overlay(paint, blur=size * 0.04, tint=colour)


def rower(canvas, x, y, height, shirt, skin=(236, 196, 160), lean=0.0):
    """A seated rower seen from the side, leaning by `lean` (positive: towards the bow)."""
    head = height * 0.2
    body_top = (x + lean * height, y - height * 0.75)
    canvas.line([(x, y), body_top], shirt, height * 0.32)
    canvas.circle(body_top[0] + lean * head, body_top[1] - head * 0.9, head * 0.85, skin)


def boat_hull(canvas, x, y, length, depth, colour, rim=(250, 250, 245)):
    """A long low hull (a pilot gig) with a pale rim, its bow on the right."""
    canvas.polygon([(x, y), (x + length, y - depth * 0.35), (x + length * 0.93, y + depth * 0.7),
                    (x + length * 0.1, y + depth * 0.85), (x - length * 0.02, y + depth * 0.3)], colour)
    canvas.line([(x, y), (x + length, y - depth * 0.35)], rim, depth * 0.18)


def person(canvas, x, y, height, colour):
    """A standing figure as a simple silhouette (body, head, legs)."""
    canvas.line([(x - height * 0.06, y), (x - height * 0.04, y - height * 0.45)], colour, height * 0.09)
    canvas.line([(x + height * 0.06, y), (x + height * 0.04, y - height * 0.45)], colour, height * 0.09)
    canvas.polygon([(x - height * 0.13, y - height * 0.42), (x + height * 0.13, y - height * 0.42),
                    (x + height * 0.1, y - height * 0.8), (x - height * 0.1, y - height * 0.8)], colour)
    canvas.circle(x, y - height * 0.9, height * 0.1, colour)


# ---------------------------------------------------------------------------------------------
# The pictures, one function each; every one returns a Pillow RGB image.


def gull_point_lighthouse():
    """The white tower with its red lantern gallery on a headland, under a grey autumn sky."""
    rng = random.Random(1847)
    c = Canvas(1200, 800)
    c.gradient(0, 520, [(150, 160, 172), (186, 194, 202), (214, 218, 220)])
    for x, y, s in [(160, 140, 55), (520, 90, 40), (930, 170, 65), (1120, 80, 35)]:
        cloud(c, x, y, s, (232, 234, 236), 170)
    c.gradient(520, 800, [(96, 118, 132), (70, 92, 108)])
    waves(c, rng, 525, 800, (70, 92, 108), (200, 214, 220), 260)
    # the far shore and the headland
    c.polygon([(0, 520), (0, 492), (140, 486), (260, 500), (380, 496), (420, 520)], (124, 138, 142))
    c.polygon([(540, 800), (600, 600), (700, 540), (820, 505), (960, 492), (1100, 500), (1200, 510), (1200, 800)],
              (88, 104, 74))
    c.polygon([(600, 600), (700, 540), (820, 505), (960, 492), (1000, 520), (820, 560), (690, 640), (620, 720)],
              (112, 130, 86))
    c.polygon([(540, 800), (600, 600), (640, 640), (610, 800)], (92, 88, 84))
    for _ in range(40):  # foam where the sea meets the rocks
        y = rng.uniform(600, 790)
        x = 540 + (800 - y) * 0.3 - rng.uniform(5, 40)
        c.line([(x, y), (x + rng.uniform(15, 40), y)], (232, 238, 240), 2.5)
    # the keeper's cottage
    c.rect((940, 430, 1060, 500), (238, 236, 230))
    c.polygon([(930, 432), (1000, 392), (1070, 432)], (70, 74, 82))
    for wx in (960, 1020):
        c.rect((wx, 450, wx + 20, 474), (60, 70, 84))
    # the tower: tapered, white, with a red gallery and a dark lantern
    cx, base, top = 860, 505, 210
    c.polygon([(cx - 52, base), (cx + 52, base), (cx + 34, top), (cx - 34, top)], (248, 248, 244))
    c.polygon([(cx + 12, base), (cx + 52, base), (cx + 34, top), (cx + 8, top)], (222, 224, 222))
    for wy in (300, 380, 450):
        c.rect((cx - 7, wy, cx + 7, wy + 22), (58, 66, 78))
    c.rect((cx - 50, top - 14, cx + 50, top), (176, 36, 36))            # gallery deck
    for rx in range(cx - 48, cx + 49, 12):                               # gallery railings
        c.line([(rx, top - 14), (rx, top - 38)], (176, 36, 36), 2.2)
    c.line([(cx - 50, top - 38), (cx + 50, top - 38)], (176, 36, 36), 3)
    c.rect((cx - 26, top - 74, cx + 26, top - 14), (60, 66, 72))         # lantern room
    for gx in (cx - 13, cx, cx + 13):
        c.line([(gx, top - 74), (gx, top - 14)], (176, 36, 36), 2)
    c.polygon([(cx - 32, top - 74), (cx + 32, top - 74), (cx, top - 108)], (176, 36, 36))
    c.line([(cx, top - 108), (cx, top - 124)], (60, 60, 60), 2)
    # the light, still lit: a glow and two pale beams
    c.glow(cx, top - 48, 34, (255, 236, 170), 0.9)
    c.translucent([(cx - 10, top - 54), (0, top - 120), (0, top + 10), (cx - 10, top - 42)], (255, 246, 214), 38, blur=8)
    c.translucent([(cx + 10, top - 54), (1200, top - 90), (1200, top - 10), (cx + 10, top - 42)], (255, 246, 214), 26, blur=8)
    # gulls
    for gx, gy, s in [(300, 260, 14), (350, 230, 10), (420, 300, 12), (1080, 260, 9)]:
        c.line([(gx - s, gy - s * 0.4), (gx, gy), (gx + s, gy - s * 0.4)], (60, 64, 70), 2.2)
    return c.result()


def lantern_gallery_detail():
    """Close-up of the repainted red railings, with the lantern's lens behind the glass."""
    rng = random.Random(1989)
    c = Canvas(1200, 800)
    c.gradient(0, 800, [(168, 182, 196), (206, 214, 220)])
    cloud(c, 200, 150, 70, (236, 238, 240), 150)
    cloud(c, 1040, 110, 50, (236, 238, 240), 150)
    # the lantern room: glazing bars, panes, and the big lens inside
    c.rect((230, 0, 970, 560), (72, 84, 92))
    lx, ly = 600, 300
    for i, r in enumerate(range(260, 20, -22)):  # the lens's rings, alternately light and dark glass
        colour = mix((126, 168, 170), (220, 236, 228), (i % 2) * 0.6 + i / 30)
        c.ellipse((lx - r * 0.82, ly - r, lx + r * 0.82, ly + r), colour)
    c.glow(lx, ly, 70, (255, 240, 190), 0.85)
    c.circle(lx, ly, 24, (255, 250, 226))
    for x in (230, 415, 600, 785, 970):
        c.rect((x - 9, 0, x + 9, 560), (176, 36, 36))
    c.rect((230, 0, 970, 14), (176, 36, 36))
    for x in (300, 480, 660, 850):  # reflections on the panes
        c.translucent([(x, 30), (x + 40, 30), (x - 30, 540), (x - 70, 540)], (255, 255, 255), 40)
    # the gallery deck and its railings, close and large
    c.rect((0, 560, 1200, 610), (150, 30, 30))
    c.rect((0, 610, 1200, 800), (120, 112, 104))
    for _ in range(500):  # the deck's stone, speckled
        x, y = rng.uniform(0, 1200), rng.uniform(612, 800)
        c.circle(x, y, rng.uniform(1, 3), mix((120, 112, 104), (160, 150, 138), rng.random()))
    c.line([(0, 470), (1200, 470)], (196, 44, 40), 16)  # handrail
    c.line([(0, 464), (1200, 464)], (226, 90, 80), 4)
    c.line([(0, 640), (1200, 640)], (176, 36, 36), 12)  # bottom rail, in front of the deck
    for x in range(30, 1200, 64):
        c.line([(x, 470), (x, 800)], (176, 36, 36), 10)
        c.line([(x - 3, 474), (x - 3, 800)], (214, 72, 64), 2.5)
        c.circle(x, 470, 11, (196, 44, 40))
    return c.result()


def fish_festival_stalls():
    """Stalls with striped awnings along the quay at dusk, festoon lights overhead."""
    rng = random.Random(2026)
    c = Canvas(1024, 683)
    c.gradient(0, 430, [(48, 52, 104), (170, 96, 128), (246, 166, 110)])
    c.gradient(430, 683, [(96, 84, 92), (60, 54, 62)])
    # the harbour buildings behind
    x = 0
    while x < 1024:
        w, h = rng.randint(70, 130), rng.randint(110, 210)
        colour = mix((58, 52, 78), (92, 74, 96), rng.random())
        c.rect((x, 430 - h, x + w, 430), colour)
        c.polygon([(x - 4, 430 - h), (x + w / 2, 430 - h - 36), (x + w + 4, 430 - h)], mix(colour, (30, 28, 40), 0.4))
        for wy in range(430 - h + 20, 410, 40):
            for wx in range(x + 14, x + w - 20, 30):
                if rng.random() < 0.55:
                    c.rect((wx, wy, wx + 14, wy + 18), (255, 214, 140))
        x += w + rng.randint(0, 8)
    # the stalls: counters under striped awnings, alternating colours
    palettes = [((216, 58, 52), (250, 240, 226)), ((40, 116, 160), (250, 240, 226)),
                ((236, 170, 40), (250, 240, 226)), ((58, 140, 96), (250, 240, 226))]
    for i, sx in enumerate(range(20, 1024, 200)):
        stripe, pale = palettes[i % len(palettes)]
        c.rect((sx + 10, 450, sx + 20, 600), (70, 60, 60))
        c.rect((sx + 160, 450, sx + 170, 600), (70, 60, 60))
        c.rect((sx, 520, sx + 180, 610), (150, 110, 80))
        c.rect((sx, 520, sx + 180, 530), (120, 84, 60))
        c.glow(sx + 90, 500, 70, (255, 210, 140), 0.45)
        for k in range(6):  # the awning's stripes
            colour = stripe if k % 2 == 0 else pale
            x0 = sx + k * 30
            c.polygon([(x0 + 10, 420), (x0 + 40, 420), (x0 + 30, 470), (x0, 470)], colour)
            c.ellipse((x0, 458, x0 + 30, 482), colour)
        for k in range(5):  # things on the counter
            c.ellipse((sx + 18 + k * 32, 506, sx + 42 + k * 32, 522), (236, 196, 120))
        for k in range(rng.randint(1, 3)):  # customers
            person(c, sx + 30 + rng.uniform(0, 120), 670, rng.uniform(120, 150), (36, 32, 44))
    # festoon lights: sagging strings of bulbs
    for y0, sag in [(330, 60), (380, 50)]:
        points = [(x, y0 + sag * math.sin(math.pi * (x % 256) / 256)) for x in range(0, 1025, 8)]
        c.line(points, (40, 36, 40), 1.5)
        for x in range(10, 1024, 32):
            y = y0 + sag * math.sin(math.pi * (x % 256) / 256) + 8
            c.glow(x, y, 12, (255, 220, 150), 0.6)
            c.circle(x, y, 4, (255, 238, 190))
    return c.result()


def estuary_cup_finish():
    """Two six-oared gigs side by side on the estuary, nearing the finish buoy."""
    rng = random.Random(4237)
    c = Canvas(1280, 720)
    c.gradient(0, 300, [(120, 176, 222), (196, 222, 238)])
    for x, y, s in [(200, 90, 50), (760, 60, 38), (1100, 130, 46)]:
        cloud(c, x, y, s, (252, 252, 252), 220)
    # the far bank and the North Mole
    c.polygon([(0, 300), (0, 250), (180, 236), (420, 252), (640, 240), (900, 256), (1280, 244), (1280, 300)],
              (104, 140, 96))
    c.rect((980, 268, 1280, 306), (150, 146, 138))
    for x in range(1000, 1280, 50):
        person(c, x, 270, 30, (60, 64, 80))
    c.gradient(300, 720, [(86, 140, 170), (44, 96, 132)])
    waves(c, rng, 305, 720, (44, 96, 132), (190, 222, 236), 380, (20, 80))
    # the finish buoy with its flag
    c.line([(1110, 440), (1110, 372)], (60, 60, 60), 3)
    c.polygon([(1110, 372), (1150, 384), (1110, 396)], (240, 240, 240))
    c.rect((1110, 372, 1122, 380), (30, 30, 30))
    c.ellipse((1084, 430, 1136, 470), (242, 110, 34))
    c.ellipse((1090, 434, 1110, 446), (250, 160, 100))

    def gig(x, y, hull, shirt, lean):
        length, oar = 640, (214, 190, 146)
        c.translucent([(x - 150, y + 14), (x + 10, y + 4), (x + 10, y + 28), (x - 190, y + 32)], (230, 240, 244), 110, blur=4)
        for k in range(1, 6, 2):  # the far side's oars, reaching over the water behind the hull
            ox = x + 120 + k * 82
            c.line([(ox, y - 6), (ox - 110, y - 34)], mix(oar, (120, 120, 120), 0.3), 4)
            c.ellipse((ox - 138, y - 42, ox - 96, y - 28), mix(oar, (120, 120, 120), 0.3))
        boat_hull(c, x, y, length, 34, hull)
        for k in range(6):
            rower(c, x + 120 + k * 82, y - 2, 58, shirt, lean=lean)
        rower(c, x + 40, y - 2, 52, (240, 200, 40), lean=-0.1)  # the cox, in the stern, in a yellow jacket
        for k in range(0, 6, 2):  # the near side's oars, down into the water, each with its splash
            ox = x + 120 + k * 82
            c.line([(ox + 4, y + 2), (ox - 104, y + 64)], oar, 5)
            c.ellipse((ox - 132, y + 56, ox - 88, y + 74), oar)
            c.ellipse((ox - 150, y + 68, ox - 74, y + 82), (226, 238, 242))

    gig(260, 410, (232, 232, 226), (196, 52, 48), 0.25)  # Tallowmouth, further off
    gig(200, 560, (30, 70, 140), (40, 110, 200), 0.3)    # Pellingford, in blue, nearer
    return c.result()


def lantern_walk():
    """Paper lanterns carried along the harbour wall at nightfall, Gull Point's light beyond."""
    rng = random.Random(4471)
    c = Canvas(1200, 800)
    c.gradient(0, 470, [(14, 20, 52), (36, 48, 96), (92, 86, 130)])
    for _ in range(120):
        x, y = rng.uniform(0, 1200), rng.uniform(0, 380) ** 1.1 * 0.95
        c.circle(x, y, rng.uniform(0.8, 2.0), mix((180, 190, 220), (255, 255, 255), rng.random()))
    c.circle(980, 110, 38, (246, 240, 214))
    c.circle(996, 100, 34, mix((14, 20, 52), (36, 48, 96), 0.3))  # a crescent
    # the far headland with the lighthouse, and the sea
    c.polygon([(0, 470), (0, 440), (160, 420), (300, 438), (380, 470)], (24, 30, 54))
    c.rect((190, 360, 204, 424), (210, 210, 214))
    c.glow(197, 362, 26, (255, 236, 170), 0.9)
    c.translucent([(197, 358), (700, 300), (700, 380)], (255, 240, 200), 40, blur=5)
    c.gradient(470, 800, [(30, 40, 78), (12, 18, 40)])
    waves(c, rng, 475, 800, (12, 18, 40), (110, 120, 170), 200)
    # the harbour wall, running across the picture and receding to the left; water in front
    c.polygon([(330, 540), (1200, 560), (1200, 640), (330, 576)], (58, 54, 70))    # its face
    c.polygon([(330, 534), (1200, 548), (1200, 560), (330, 540)], (92, 88, 106))   # its top
    for k in range(14):  # the face's stone courses
        x = 360 + k * 64
        c.line([(x, 541 + k * 1.4), (x, 578 + k * 4.3)], (44, 42, 56), 2)
    c.line([(330, 558), (1200, 600)], (44, 42, 56), 2)
    walkers = [(420, 538, 34), (490, 539, 38), (570, 540, 42), (660, 542, 48), (760, 544, 56),
               (870, 546, 66), (1000, 548, 80), (1120, 550, 96)]
    colours = [(255, 170, 70), (255, 120, 90), (255, 214, 110), (240, 140, 200), (140, 210, 255)]
    for i, (x, y, h) in enumerate(walkers):
        person(c, x, y, h, (20, 20, 34))
        colour = colours[i % len(colours)]
        lx, ly = x + h * 0.3, y - h * 0.62
        c.line([(x + h * 0.1, y - h * 0.62), (lx, ly - h * 0.12)], (40, 40, 50), max(1.2, h * 0.02))
        c.glow(lx, ly, h * 0.45, colour, 0.6)
        c.ellipse((lx - h * 0.1, ly - h * 0.12, lx + h * 0.1, ly + h * 0.12), mix(colour, (255, 255, 240), 0.45))
        for r in range(6):  # the lantern's reflection, broken by the ripples
            ry = 660 + r * 24 + (i % 3) * 4
            half = h * (0.12 + 0.03 * r)
            c.translucent([(lx - half, ry), (lx + half, ry), (lx + half * 0.8, ry + 6), (lx - half * 0.8, ry + 6)],
                          colour, 90 - r * 10, blur=1.5)
    # a small child with a lantern on a stick
    person(c, 940, 547, 40, (20, 20, 34))
    c.line([(944, 526), (966, 490)], (40, 40, 50), 2)
    c.glow(966, 496, 18, (255, 214, 110), 0.7)
    c.circle(966, 496, 6, (255, 240, 200))
    return c.result()


def godwits_on_mudflats():
    """Bar-tailed godwits feeding on the mud at low tide, under a low winter sun."""
    rng = random.Random(4391)
    c = Canvas(1200, 800)
    c.gradient(0, 360, [(150, 176, 204), (236, 214, 180), (248, 196, 140)])
    c.glow(300, 320, 70, (255, 236, 190), 0.9)
    c.circle(300, 320, 36, (255, 244, 214))
    # the far shore, the channel and the mud
    c.polygon([(0, 360), (0, 330), (260, 318), (540, 336), (820, 322), (1200, 334), (1200, 360)], (112, 120, 110))
    c.rect((0, 360, 1200, 430), (176, 186, 196))
    for k in range(12):  # the sun's path on the channel, in broken strokes
        y = 364 + k * 5.5
        half = 16 + k * 5 + rng.uniform(-6, 6)
        c.line([(300 - half, y), (300 + half, y)], (250, 230, 190), 2.5)
    c.gradient(430, 800, [(150, 124, 98), (118, 94, 74)])
    for _ in range(90):  # shining pools and ripples in the mud
        y = 430 + 370 * rng.random() ** 1.3
        x, w = rng.uniform(-40, 1200), rng.uniform(30, 160) * (0.5 + (y - 430) / 370)
        c.ellipse((x, y, x + w, y + w * 0.09 + 2), mix((170, 168, 170), (220, 210, 196), rng.random()))

    def godwit(x, y, size, feeding):
        body = (186, 150, 112)
        c.line([(x - size * 0.1, y), (x - size * 0.15, y + size * 0.55)], (60, 50, 44), size * 0.05)
        c.line([(x + size * 0.12, y), (x + size * 0.2, y + size * 0.55)], (60, 50, 44), size * 0.05)
        c.ellipse((x - size * 0.5, y - size * 0.42, x + size * 0.4, y + size * 0.08), body)
        c.polygon([(x - size * 0.5, y - size * 0.2), (x - size * 0.85, y - size * 0.1), (x - size * 0.4, y - size * 0.05)],
                  (150, 120, 92))  # tail
        c.ellipse((x - size * 0.35, y - size * 0.36, x + size * 0.2, y - size * 0.1), (150, 118, 88))  # wing
        if feeding:
            head = (x + size * 0.5, y - size * 0.05)
            bill = [head, (head[0] + size * 0.3, head[1] + size * 0.4)]
        else:
            head = (x + size * 0.42, y - size * 0.55)
            bill = [head, (head[0] + size * 0.55, head[1] - size * 0.08)]
        c.line([(x + size * 0.25, y - size * 0.25), head], body, size * 0.14)
        c.circle(head[0], head[1], size * 0.1, body)
        c.line(bill, (90, 60, 50), size * 0.04)
        c.circle(head[0] + size * 0.04, head[1] - size * 0.03, size * 0.02, (30, 26, 24))
        c.ellipse((x - size * 0.3, y + size * 0.55, x + size * 0.4, y + size * 0.62), (104, 84, 66))  # shadow

    flock = sorted((rng.uniform(0, 1), rng.uniform(-60, 1260)) for _ in range(26))
    for depth, x in flock:
        y = 450 + depth * 300
        godwit(x, y, 26 + depth * 70, rng.random() < 0.6)
    for k in range(7):  # a few in flight over the channel
        x, y = 620 + k * 70 + rng.uniform(-20, 20), 160 + rng.uniform(-40, 50)
        c.line([(x - 18, y - 6), (x, y), (x + 18, y - 8)], (70, 66, 70), 2.4)
    return c.result()


def storm_edda():
    """Storm Edda: waves breaking over the promenade wall, the Lido Café's lights on."""
    rng = random.Random(9302)
    c = Canvas(1200, 800)
    c.gradient(0, 420, [(44, 50, 62), (96, 104, 114), (130, 136, 140)])
    for x, y, s in [(160, 80, 80), (560, 50, 90), (960, 110, 100), (360, 220, 60), (1120, 260, 50)]:
        cloud(c, x, y, s, (70, 76, 88), 210)
    c.gradient(420, 620, [(64, 82, 88), (44, 60, 66)])
    for _ in range(160):  # white horses
        y = 420 + 200 * rng.random()
        x = rng.uniform(0, 1200)
        c.line([(x, y), (x + rng.uniform(20, 60), y - 3)], (210, 220, 222), 2 + 2 * (y - 420) / 200)
    # the promenade: wall, road, café, lamp posts
    c.rect((0, 600, 1200, 660), (150, 144, 132))
    c.rect((0, 600, 1200, 612), (180, 174, 160))
    c.rect((0, 660, 1200, 800), (66, 68, 74))
    c.rect((0, 690, 1200, 800), (84, 96, 108))  # the flooded road, reflecting the sky
    for _ in range(60):
        y = rng.uniform(694, 800)
        c.line([(rng.uniform(0, 1200), y), (rng.uniform(0, 1200), y)], (110, 122, 132), 1.2)
    c.rect((820, 520, 1080, 600), (226, 216, 196))
    c.polygon([(806, 524), (950, 470), (1094, 524)], (130, 60, 54))
    for wx in (840, 910, 980, 1030):
        c.rect((wx, 540, wx + 36, 580), (255, 210, 130))
        c.glow(wx + 18, 560, 26, (255, 210, 130), 0.35)
    for x in (120, 420, 720):
        c.line([(x, 600), (x, 470)], (40, 44, 50), 5)
        c.line([(x, 470), (x + 26, 470)], (40, 44, 50), 5)
        c.glow(x + 26, 478, 18, (255, 224, 160), 0.8)
        c.circle(x + 26, 478, 6, (255, 240, 200))
    c.line([(0, 588), (800, 588)], (70, 74, 80), 3)  # railings
    for x in range(0, 800, 30):
        c.line([(x, 588), (x, 600)], (70, 74, 80), 2)
    # the wave rearing up behind the wall, its crest breaking white and pouring over onto the road
    plume = (238, 242, 244)
    def crest_y(x):
        width = 170 if x < 440 else 105
        return 600 - 190 * math.exp(-((x - 440) / width) ** 2) - 6 * math.sin(x / 23)
    contour = [(x, crest_y(x)) for x in range(130, 731, 6)]
    c.polygon([(130, 604)] + contour + [(730, 604)], (58, 92, 100))
    for k in range(1, 6):  # streaks on the wave's face
        c.line([(x, y + k * 26) for x, y in contour if y + k * 26 < 598], (88, 124, 130), 3)
    for x, y in contour:  # the breaking crest, white where the wave stands high
        if y > 560:
            continue
        r = rng.uniform(9, 20) * min(1.0, (580 - y) / 80)
        c.circle(x + rng.uniform(-4, 4), y + rng.uniform(-2, 8), r, plume)
    def spray(layer):
        for _ in range(140):
            x = rng.gauss(430, 120)
            y = crest_y(min(730, max(130, x))) - abs(rng.gauss(0, 60))
            r = rng.uniform(10, 34)
            layer.ellipse([(x - r) * SCALE, (y - r) * SCALE, (x + r) * SCALE, (y + r) * SCALE],
                          fill=plume + (rng.randint(90, 200),))
    c.overlay(spray, blur=5, tint=plume)
    for _ in range(240):  # flying droplets, blown inland
        x = rng.gauss(470, 140)
        y = crest_y(min(730, max(130, x))) - abs(rng.gauss(0, 110))
        c.circle(x, y, rng.uniform(1.5, 4), plume)
    c.translucent([(250, 600), (640, 600), (700, 690), (210, 690)], plume, 80, blur=6)  # water pouring over the wall
    for _ in range(24):
        x = rng.uniform(260, 630)
        bend = (x - 440) * 0.12
        c.line([(x, 602), (x + bend * 0.3, 640), (x + bend, 684)], mix(plume, (150, 144, 132), 0.3), rng.uniform(2, 4))
    for _ in range(50):  # foam where it lands on the wall top and on the road
        x = rng.uniform(220, 680)
        y = rng.choice([604, 688]) + rng.uniform(-6, 6)
        c.ellipse((x - 22, y - 7, x + 22, y + 7), plume)
    c.translucent([(470, 664), (760, 660), (820, 690), (430, 690)], plume, 120, blur=6)  # water on the road
    for x, colour in [(146, (255, 224, 160)), (446, (255, 224, 160)), (746, (255, 224, 160)),
                      (858, (255, 210, 130)), (928, (255, 210, 130)), (998, (255, 210, 130)), (1048, (255, 210, 130))]:
        for r in range(5):  # lights reflected on the flooded road
            y = 700 + r * 20
            c.translucent([(x - 10 + r, y), (x + 10 - r, y), (x + 8 - r, y + 8), (x - 8 + r, y + 8)], colour, 110 - r * 18, blur=1.5)
    # rain
    c.overlay(lambda layer: [layer.line([(x * SCALE, y * SCALE), ((x - 14) * SCALE, (y + 40) * SCALE)],
                                        fill=(210, 220, 230, 90), width=SCALE)
                             for x, y in [(rng.uniform(0, 1220), rng.uniform(-40, 800)) for _ in range(150)]],
              tint=(210, 220, 230))
    return c.result()


def first_frost():
    """The Hollins Lane allotments after the first hard frost: white ground, a shed, blackened
    dahlias, a frozen water butt, the railway embankment behind, the sun just up."""
    rng = random.Random(1998)
    c = Canvas(1200, 800)
    c.gradient(0, 380, [(150, 170, 206), (222, 206, 214), (250, 220, 196)])
    c.glow(980, 250, 80, (255, 236, 200), 0.8)
    c.circle(980, 256, 34, (255, 246, 224))
    # the railway embankment with its fence, then the frosted plots
    c.polygon([(0, 380), (0, 330), (1200, 300), (1200, 400), (0, 420)], (92, 108, 104))
    for x in range(0, 1200, 40):
        c.line([(x, 332 - x * 0.025), (x, 312 - x * 0.025)], (70, 76, 80), 2)
    c.line([(0, 318), (1200, 288)], (70, 76, 80), 2)
    c.gradient(400, 800, [(206, 218, 228), (232, 238, 244)])
    c.polygon([(0, 420), (1200, 400), (1200, 410), (0, 432)], (180, 196, 206))
    for k in range(6):  # furrows, drawn in perspective towards the embankment
        y = 450 + k * 60 + k * k * 4
        c.line([(0, y), (1200, y - 14)], (184, 198, 212), 3 + k)
    for _ in range(400):  # frost glitter
        x, y = rng.uniform(0, 1200), 410 + 390 * rng.random() ** 0.8
        c.circle(x, y, rng.uniform(0.8, 2.2), (255, 255, 255))
    # the shed, its roof white with frost, the thermometer by the door
    c.rect((120, 300, 380, 470), (72, 112, 86))
    for x in range(130, 380, 22):
        c.line([(x, 304), (x, 470)], (60, 96, 74), 2)
    c.polygon([(100, 306), (250, 250), (400, 306)], (236, 240, 246))
    c.rect((170, 360, 230, 470), (56, 86, 66))
    c.rect((280, 340, 350, 400), (190, 210, 226))
    c.line([(315, 340), (315, 400)], (72, 112, 86), 3)
    c.rect((248, 380, 258, 440), (250, 250, 250))
    c.rect((251, 410, 255, 436), (200, 40, 40))
    # the water butt, a disc of ice on top
    c.rect((420, 380, 500, 480), (52, 70, 90))
    c.ellipse((420, 368, 500, 392), (210, 230, 240))
    c.ellipse((430, 372, 490, 388), (236, 246, 250))
    # dahlias blackened by the frost, on their canes
    for k in range(9):
        x = 600 + k * 62 + rng.uniform(-6, 6)
        base = 560 + k * 4
        c.line([(x, base), (x + 4, base - 190)], (150, 120, 80), 3)  # cane
        for stem in range(3):
            top = (x + rng.uniform(-40, 40), base - rng.uniform(110, 170))
            c.line([(x, base), top], (48, 44, 40), 4)
            c.line([top, (top[0] + rng.uniform(-16, 16), top[1] + 22)], (48, 44, 40), 3)
            c.circle(top[0] + rng.uniform(-14, 14), top[1] + 26, rng.uniform(8, 12), (66, 34, 44))
        for _ in range(5):  # limp leaves
            lx, ly = x + rng.uniform(-30, 30), base - rng.uniform(20, 100)
            c.polygon([(lx, ly), (lx + rng.choice([-1, 1]) * 24, ly + 18), (lx, ly + 10)], (58, 58, 46))
        c.ellipse((x - 40, base - 6, x + 40, base + 10), (190, 206, 220))
    # a row of leeks still standing, frosted at the tips
    for k in range(14):
        x = 80 + k * 34
        c.line([(x, 560), (x - 10, 500)], (92, 130, 100), 5)
        c.line([(x, 560), (x + 12, 506)], (92, 130, 100), 5)
        c.circle(x - 10, 500, 3, (246, 250, 252))
        c.circle(x + 12, 506, 3, (246, 250, 252))
    for k in range(8):  # frosted cabbages in the front row
        x, y = 90 + k * 145 + rng.uniform(-10, 10), 690 + rng.uniform(-8, 8)
        c.ellipse((x - 52, y - 26, x + 52, y + 24), (96, 134, 128))
        c.ellipse((x - 30, y - 34, x + 30, y + 6), (134, 170, 160))
        c.ellipse((x - 16, y - 28, x + 16, y - 4), (170, 200, 190))
        c.line([(x - 48, y - 18), (x - 20, y - 30), (x + 20, y - 30), (x + 48, y - 18)], (236, 244, 248), 3)
    return c.result()


def pellingford_quay():
    """Pellingford Quay from the North Mole: painted houses up the hill, boats in the harbour.
    Flat colours only (no gradient), as suits a PNG."""
    rng = random.Random(2003)
    c = Canvas(1200, 800, (176, 212, 232))
    for x, y, s in [(220, 110, 46), (700, 70, 36), (1040, 140, 52)]:
        cloud(c, x, y, s, (250, 250, 250), 255)
    # hills, then rows of houses climbing them, back to front
    c.polygon([(0, 300), (200, 220), (420, 250), (640, 190), (900, 230), (1200, 200), (1200, 560), (0, 560)],
              (120, 160, 104))
    c.polygon([(0, 380), (300, 320), (600, 350), (900, 300), (1200, 340), (1200, 560), (0, 560)], (98, 140, 88))
    house_colours = [(240, 226, 196), (214, 120, 100), (126, 172, 196), (246, 206, 110), (250, 248, 240),
                     (170, 196, 150), (232, 164, 150), (200, 186, 220)]
    roofs = [(70, 74, 84), (120, 70, 60), (90, 96, 110)]
    for row, (y_base, height, width) in enumerate([(330, 50, 46), (400, 66, 58), (470, 84, 70), (540, 100, 84)]):
        x = -rng.randint(0, 40)
        while x < 1200:
            w = width + rng.randint(-8, 14)
            h = height + rng.randint(-6, 10)
            y = y_base + rng.randint(-6, 6)
            c.rect((x, y - h, x + w, y), house_colours[rng.randrange(len(house_colours))])
            c.polygon([(x - 3, y - h), (x + w / 2, y - h - h * 0.45), (x + w + 3, y - h)], roofs[rng.randrange(len(roofs))])
            for wy in (y - h * 0.72, y - h * 0.36):
                for wx in (x + w * 0.2, x + w * 0.62):
                    c.rect((wx, wy, wx + w * 0.18, wy + h * 0.2), (64, 84, 104))
            x += w + rng.randint(2, 10)
    # the church tower of St Brannoc's
    c.rect((560, 260, 600, 360), (200, 190, 170))
    c.polygon([(556, 260), (580, 200), (604, 260)], (90, 96, 110))
    # the quay, the harbour water and the boats
    c.rect((0, 540, 1200, 580), (168, 156, 136))
    c.rect((0, 580, 1200, 800), (52, 120, 150))
    for _ in range(70):
        y = 590 + rng.random() * 200
        x = rng.uniform(0, 1200)
        c.line([(x, y), (x + rng.uniform(20, 60), y)], (100, 164, 190), 2)
    hulls = [(214, 60, 52), (40, 70, 120), (250, 248, 240), (46, 120, 90), (236, 170, 40)]
    for k, x in enumerate((110, 330, 560, 790, 1010)):
        y = 650 + (k % 2) * 50
        hull = hulls[k]
        c.polygon([(x, y), (x + 150, y), (x + 130, y + 30), (x + 20, y + 30)], hull)
        c.rect((x + 40, y - 30, x + 90, y), (250, 248, 240))
        c.rect((x + 48, y - 24, x + 60, y - 12), (64, 84, 104))
        c.line([(x + 110, y), (x + 110, y - 120)], (80, 70, 60), 3)
        c.polygon([(x + 110, y - 116), (x + 150, y - 30), (x + 110, y - 30)], (250, 248, 240))
    # the North Mole in the foreground, with a bollard
    c.polygon([(0, 760), (520, 740), (560, 800), (0, 800)], (138, 128, 112))
    c.rect((250, 714, 280, 760), (50, 54, 60))
    c.rect((242, 710, 288, 722), (50, 54, 60))
    return c.result()


# ---------------------------------------------------------------------------------------------
# Which picture each address gets, and how it is encoded.

PICTURES = [
    # (address, drawing, format)
    (HOST + "/2026/10/gull-point-lighthouse.jpg", gull_point_lighthouse, "jpeg"),
    (HOST + "/2026/10/lantern-gallery-detail.jpg", lantern_gallery_detail, "jpeg"),
    (HOST + "/2026/08/fish-festival-stalls.jpg", fish_festival_stalls, "jpeg"),
    (HOST + "/2026/08/estuary-cup-finish.jpg", estuary_cup_finish, "jpeg"),
    (HOST + "/2026/11/lantern-walk-fish-steps.jpg", lantern_walk, "jpeg"),
    (HOST + "/2026/10/godwits-on-the-mudflats.webp", godwits_on_mudflats, "webp"),
    (HOST + "/2026/09/storm-edda-promenade.jpg", storm_edda, "jpeg"),
    (HOST + "/2026/11/pellingford-quay-from-the-north-mole.png", pellingford_quay, "png"),
    (HOST + "/2026/11/hollins-lane-first-frost.jpg", first_frost, "jpeg"),
]

EXTENSIONS = {"jpeg": "jpg", "png": "png", "webp": "webp"}


def encode(image, kind):
    """The picture's bytes: JPEG at quality 80, WebP at 80, PNG reduced to a 64-colour palette."""
    out = io.BytesIO()
    if kind == "jpeg":
        image.save(out, "JPEG", quality=80, optimize=True)
    elif kind == "webp":
        image.save(out, "WEBP", quality=80, method=6)
    else:
        image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, "PNG", optimize=True)
    return out.getvalue()


def record_json(images):
    """The record as Foundation's JSONEncoder writes it (.prettyPrinted, .sortedKeys,
    .withoutEscapingSlashes): two-space indent, `"key" : value`, no trailing newline."""
    return json.dumps({"images": images}, indent=2, sort_keys=True, ensure_ascii=False,
                      separators=(",", " : "))


def previous_record(path):
    """The entries of the record already in the store (kept for addresses this script does not
    draw), or none when there is no readable record."""
    try:
        with open(path, encoding="utf-8") as file:
            images = json.load(file).get("images", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return images if isinstance(images, dict) else {}


def main():
    parser = argparse.ArgumentParser(description="Draw the sample site's pictures into its media store.")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--site", default=os.path.join(root, "Site"), help="the site folder (default: Site/)")
    parser.add_argument("--preview", help="also save a PNG of each picture in this folder")
    args = parser.parse_args()

    store = os.path.join(args.site, "media")
    os.makedirs(store, exist_ok=True)
    record_path = os.path.join(store, "index.json")
    images = previous_record(record_path)
    replaced = {images[address]["file"] for address, _, _ in PICTURES if address in images}
    total = 0
    for address, draw, kind in PICTURES:
        picture = draw()
        data = encode(picture, kind)
        name = hashlib.sha256(data).hexdigest()[:32] + "." + EXTENSIONS[kind]
        with open(os.path.join(store, name), "wb") as file:
            file.write(data)
        images[address] = {"bytes": len(data), "file": name, "height": picture.height, "type": kind,
                           "width": picture.width}
        total += len(data)
        print(f"{len(data):>7} B  {picture.width}x{picture.height} {kind:<4}  {name}  {address}")
        if args.preview:
            os.makedirs(args.preview, exist_ok=True)
            slug = address.rsplit("/", 1)[1].rsplit(".", 1)[0]
            picture.save(os.path.join(args.preview, slug + ".png"))
    in_use = {entry["file"] for entry in images.values()}
    for name in sorted(replaced - in_use):
        if STORE_NAME.match(name) and os.path.isfile(os.path.join(store, name)):
            os.remove(os.path.join(store, name))
            print(f"removed {name} (an earlier drawing)")
    with open(record_path, "w", encoding="utf-8") as file:
        file.write(record_json(images))
    print(f"{total:>7} B  in {len(images)} pictures → {store}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
