#!/usr/bin/env python3
"""Writes the ImageKit test fixtures into Fixtures/ (run once; the files are committed).

Needs Pillow 11 or later (pip install pillow) for WebP and AVIF. Each picture is drawn
here, small; the hand-made byte strings are the damaged and hostile cases. The expected
values live in Fixtures/headers.tsv, written by hand and reviewed, not by this script.
"""
import io
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).parent / "Fixtures"


def picture(width, height, mode="RGB"):
    """A small scene: a sky gradient, a sun and a hill, so resampling has edges to keep."""
    image = Image.new(mode, (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        shade = 120 + 100 * y // max(1, height - 1)
        draw.line([(0, y), (width, y)], fill=(shade // 2, shade - 40, 230) + ((255,) if mode == "RGBA" else ()))
    draw.ellipse([width // 8, height // 8, width // 8 + width // 4, height // 8 + width // 4], fill=(250, 200, 60) + ((255,) if mode == "RGBA" else ()))
    draw.polygon([(0, height), (width // 2, height * 2 // 3), (width, height)], fill=(40, 120, 60) + ((255,) if mode == "RGBA" else ()))
    return image


def save(name, image, **options):
    buffer = io.BytesIO()
    image.save(buffer, **options)
    (OUT / name).write_bytes(buffer.getvalue())


def write(name, data):
    (OUT / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def exif_orientation(value):
    """A minimal big-endian Exif block with one IFD entry: Orientation = value."""
    ifd = struct.pack(">H", 1) + struct.pack(">HHIHH", 0x0112, 3, 1, value, 0) + struct.pack(">I", 0)
    return b"MM\x00*" + struct.pack(">I", 8) + ifd


def main():
    OUT.mkdir(exist_ok=True)
    save("jpeg-baseline.jpg", picture(64, 48), format="JPEG", quality=80)
    save("jpeg-progressive.jpg", picture(80, 60), format="JPEG", quality=80, progressive=True)
    save("jpeg-exif-6.jpg", picture(64, 40), format="JPEG", quality=80, exif=b"Exif\x00\x00" + exif_orientation(6))
    save("jpeg-exif-3.jpg", picture(64, 40), format="JPEG", quality=80, exif=b"Exif\x00\x00" + exif_orientation(3))
    # A comment and an unknown APP segment before the frame header; fill bytes before a marker.
    baseline = (OUT / "jpeg-baseline.jpg").read_bytes()
    extra = b"\xff\xfe" + struct.pack(">H", 2 + 300) + b"c" * 300 + b"\xff\xff\xff\xeb" + struct.pack(">H", 6) + b"abcd"
    write("jpeg-segments.jpg", baseline[:2] + extra + baseline[2:])
    grey = picture(40, 30).convert("L")
    save("jpeg-grey.jpg", grey, format="JPEG", quality=80)

    save("png-rgb.png", picture(50, 30), format="PNG")
    alpha = picture(40, 40, "RGBA")
    ImageDraw.Draw(alpha).rectangle([0, 0, 39, 9], fill=(0, 0, 0, 0))
    save("png-alpha.png", alpha, format="PNG")
    save("png-palette.png", picture(36, 24).convert("P", palette=Image.Palette.ADAPTIVE, colors=16), format="PNG")

    save("gif-89a.gif", picture(33, 17).convert("P", palette=Image.Palette.ADAPTIVE, colors=32), format="GIF")
    frames = [picture(30, 20).convert("P"), picture(30, 20).rotate(180).convert("P")]
    save("gif-animated.gif", frames[0], format="GIF", save_all=True, append_images=frames[1:], duration=200, loop=0)

    save("webp-lossy.webp", picture(120, 90), format="WEBP", quality=70)
    save("webp-lossless.webp", picture(60, 45), format="WEBP", lossless=True)
    save("webp-alpha.webp", alpha.resize((70, 50)), format="WEBP", quality=70)  # VP8X with ALPH

    save("avif-rgb.avif", picture(96, 64), format="AVIF", quality=50)
    save("avif-alpha.avif", alpha, format="AVIF", quality=50)

    svg_body = '<rect width="10" height="10" fill="#369"/></svg>\n'
    write("svg-size.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">' + svg_body)
    write("svg-px.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='120.4px' height = '79.6px'>" + svg_body)
    write("svg-units.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="1in" height="25.4mm">' + svg_body)
    write("svg-viewbox.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 480">' + svg_body)
    write("svg-width-viewbox.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="320" viewBox="0,0,640,480">' + svg_body)
    write("svg-percent.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 200 100">' + svg_body)
    write("svg-none.svg", '<svg xmlns="http://www.w3.org/2000/svg">' + svg_body)
    write("svg-prolog.svg", "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- drawn by hand > -->\n"
          '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n'
          '  <!ENTITY ink "#369">\n]>\n<svg\n  width="48"\n  height="24"\n  xmlns="http://www.w3.org/2000/svg">' + svg_body)

    # Negative cases: none of these is a usable picture.
    write("html-page.jpg", "<!DOCTYPE html>\n<html><head><title>Not found</title></head><body><p>404</p></body></html>\n")
    write("svg-in-html.svg", "<html><body><svg width='10' height='10'></svg></body></html>\n")
    write("svg-lookalike.svg", "<svgfont width='10' height='10'/>\n")
    write("svg-unclosed-comment.svg", "<!-- never closed <svg width='10' height='10'/>\n")
    write("truncated.png", (OUT / "png-rgb.png").read_bytes()[:20])
    gif = bytearray((OUT / "gif-89a.gif").read_bytes())
    gif[6:10] = struct.pack("<HH", 0, 17)
    write("zero-size.gif", bytes(gif))
    sof = baseline.index(b"\xff\xc0")
    huge = bytearray(baseline)
    huge[sof + 5:sof + 9] = struct.pack(">HH", 65535, 65535)
    write("jpeg-huge-sof.jpg", bytes(huge))
    write("jpeg-no-frame.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xda\x00\x08\x01\x01\x00\x00?\x00")
    write("jpeg-bad-length.jpg", b"\xff\xd8\xff\xe1\x00\x01Exif")
    avif = bytearray((OUT / "avif-rgb.avif").read_bytes())
    meta = avif.index(b"meta") - 4
    avif[meta:meta + 4] = struct.pack(">I", 0x7FFFFFF0)
    write("avif-garbage-box.avif", bytes(avif))
    webp = bytearray((OUT / "webp-lossy.webp").read_bytes())
    webp[23:26] = b"\x00\x00\x00"
    write("webp-bad-start.webp", bytes(webp))
    write("empty.png", b"")

    # A decompression bomb: 8000 x 8000 one-bit pixels (64 megapixels) in a few kilobytes.
    width = height = 8000
    row = b"\x00" + b"\x00" * (width // 8)
    idat = zlib.compress(row * height, 9)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    write("bomb.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
          + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


if __name__ == "__main__":
    main()
