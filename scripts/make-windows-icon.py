#!/usr/bin/env python3
"""Make resources/icons/habeas.ico from resources/icons/habeas.svg.

The .ico is committed (the Windows build reads it, and has no SVG renderer);
run this again after changing the SVG:

    python3 scripts/make-windows-icon.py

Each size is drawn from the SVG by rsvg-convert (Debian: librsvg2-bin), not
scaled down from a larger picture, and stored as a PNG inside the icon file,
which Windows Vista and later read at every size.
"""

import pathlib
import struct
import subprocess
import sys

SIZES = (16, 32, 48, 256)
ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "habeas.svg"
TARGET = ROOT / "resources" / "icons" / "habeas.ico"


def render(size: int) -> bytes:
    png = subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), "--format", "png", str(SOURCE)],
        check=True,
        capture_output=True,
    ).stdout
    # The PNG's IHDR must say the size asked for: the icon directory repeats it.
    width, height = struct.unpack(">II", png[16:24])
    if png[:8] != b"\x89PNG\r\n\x1a\n" or (width, height) != (size, size):
        sys.exit(f"rsvg-convert gave no {size}x{size} PNG")
    return png


def icon(images: list[tuple[int, bytes]]) -> bytes:
    # ICONDIR: reserved 0, type 1 (icon), number of images; then one 16-byte
    # ICONDIRENTRY per image (width and height 0 mean 256; 32 bits per pixel),
    # then the images themselves at the offsets the entries give.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        side = 0 if size == 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def main() -> None:
    TARGET.write_bytes(icon([(size, render(size)) for size in SIZES]))
    print(f"wrote {TARGET.relative_to(ROOT)}: {', '.join(f'{s}x{s}' for s in SIZES)}")


if __name__ == "__main__":
    main()
