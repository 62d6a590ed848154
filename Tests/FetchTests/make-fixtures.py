#!/usr/bin/env python3
"""Writes the pictures FetchTests serves from its local HTTP server (python3 + pillow).

Each is a few hundred bytes; the test checks the size the store records against these.
Run from this folder: python3 make-fixtures.py
"""
from PIL import Image

Image.new("RGB", (8, 6), (200, 40, 40)).save("Fixtures/harbour.jpg", quality=80)
Image.new("RGB", (5, 4), (20, 90, 200)).save("Fixtures/tide-chart.png", optimize=True)
Image.new("P", (3, 2), 1).save("Fixtures/gull.gif")
