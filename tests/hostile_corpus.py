"""Files someone could send an organiser, built to break the readers: the corpus that the
command line's tests and the refusal benchmarks share.

Generated here rather than kept as files: some of it is megabytes of digits. Each statement
comes with where its problem is reported (line, column and field); each CSV with how its
refusal begins.
"""

from __future__ import annotations

HEAD = "format: 1\ntitle: Fair pay\n"
THOUSANDS_OF_DIGITS = "9" * 5000


def layout(line: str) -> str:
    return f"{HEAD}layout:\n  {line}\n"


HOSTILE = {
    # A number too large for the interpreter's own digit limit, or for a float.
    "font size of 5,000 digits": (layout(f"font_size: {THOUSANDS_OF_DIGITS}"), "4:14: layout.font_size"),
    "binary number of 5,000 digits": (layout("font_size: 0b" + "1" * 5000), "4:14: layout.font_size"),
    "fit_pages beyond the digit limit": (
        layout(f"fit_pages: {THOUSANDS_OF_DIGITS}"),
        "4:14: layout.fit_pages",
    ),
    "format beyond the digit limit": (f"format: {THOUSANDS_OF_DIGITS}\ntitle: X\n", "1:9: format"),
    "float that overflows": (layout("font_size: 1" + "0" * 400 + ".0"), "4:14: layout.font_size"),
    "infinite size": (layout("font_size: .inf"), "4:14: layout.font_size"),
    # YAML 1.1 base 60, slow to convert when long.
    "sexagesimal": (layout("fit_pages: " + ":".join(["1"] + ["00"] * 2000)), "4:14: layout.fit_pages"),
    # YAML 1.1 reads these as 8, 16 and 3; nobody writing a page count means that.
    "octal 010": (layout("fit_pages: 010"), "4:14: layout.fit_pages"),
    "hexadecimal 0x10": (layout("signatory_columns: 0x10"), "4:22: layout.signatory_columns"),
    "binary 0b11": (layout("signatory_columns: 0b11"), "4:22: layout.signatory_columns"),
    # Explicit tags on values they cannot hold.
    "!!int ''": (layout("fit_pages: !!int ''"), "4:14: layout.fit_pages"),
    "!!int 0x": (layout("fit_pages: !!int 0x"), "4:14: layout.fit_pages"),
    "!!float abc": (layout("font_size: !!float abc"), "4:14: layout.font_size"),
    "!!bool maybe": (layout("crop_marks: !!bool maybe"), "4:15: layout.crop_marks"),
    "!!int [1]": (layout("fit_pages: !!int [1]"), "4:14: layout.fit_pages"),
    "!!bool {a: b}": (layout("crop_marks: !!bool {a: b}"), "4:15: layout.crop_marks"),
    # A name that is not a theme, long enough that no file system takes it as a file name.
    "theme name of 400 characters": (layout("theme: " + "t" * 400), "4:10: layout.theme"),
    "theme name with a NUL escape": (layout('theme: "de\\0fault"'), "4:10: layout.theme"),
    # Small files that stand for more text than any leaflet holds.
    "one long anchored name repeated": (
        f"{HEAD}subtitle: &a {'A' * 100_000}\nsignatories:\n" + "  - name: *a\n" * 5000,
        "5:3",
    ),
    "a name within its limit repeated 100,000 times": (
        f"{HEAD}subtitle: &a {'A' * 1900}\nsignatories:\n" + "  - name: *a\n" * 100_000,
        "5:3",
    ),
    "a paragraph repeated past the number of blocks": (
        f"{HEAD}preamble:\n  - &a Fair pay now.\n" + "  - *a\n" * 2000,
        "4:5: preamble[2001]",  # an alias is placed where its anchor is
    ),
    "a title of a million short words": (f"format: 1\ntitle: {'ab ' * 1_000_000}\n", "2:8: title"),
    "a title of one word of 5,000,000 letters": (f"format: 1\ntitle: {'a' * 5_000_000}\n", "2:8: title"),
    "a heading of 100,000 characters": (
        f"{HEAD}demands:\n  - heading: {'x' * 100_000}\n    text: Fair pay.\n",
        "4:14: demands[1].heading",
    ),
    "20,000 links in a paragraph": (
        HEAD
        + "preamble:\n  - '"
        + " ".join(f"[l{i}](https://example.org/{i})" for i in range(20_000))
        + "'\n",
        "4:5: preamble[1]",
    ),
    "100,000 short paragraphs": (
        HEAD
        + "preamble:\n"
        + "".join(f"  - Paragraph {i} says something about pay.\n" for i in range(100_000)),
        "2004:5: preamble[2001]",
    ),
    "a sign-up address of 5,000 characters": (
        f"{HEAD}sign_up:\n  url: https://example.org/{'a' * 5000}\n",
        "4:8: sign_up.url",
    ),
}


JAPANESE = "Name,Role\n山田太郎,委員長\n佐藤花子,書記\n鈴木一郎,組合員\n"
WRONGLY_ENCODED = {
    "Shift-JIS": JAPANESE.encode("shift_jis"),
    "EUC-JP": JAPANESE.encode("euc_jp"),
    "GB18030": JAPANESE.encode("gb18030"),
    "invalid UTF-8 after a BOM": b"\xef\xbb\xbfName,Role\nAna Kowalska,Chair\nTom Reilly,St\xe9ward\n",
    "UTF-8 joined with Windows-1252": "Name\nZoë Müller\n".encode() + "José Núñez\n".encode("cp1252"),
    "ISO-2022-JP": JAPANESE.encode("iso2022_jp"),
}


def rows_to_49_megabytes() -> bytes:
    row = b"Person of the long list,Member\n"
    return b"Name,Role\n" + row * (49 * 1024 * 1024 // len(row))


TOO_MUCH_TO_BE_NAMES = {
    "49 MB of 1.7 million rows": (rows_to_49_megabytes, "the file has 1,657,428 lines"),
    "one line of 5,000,000 cells": (
        lambda: b"Name\n" + b",".join([b"x"] * 5_000_000) + b"\n",
        "line 2 is 9,999,999 characters long",
    ),
    "600 columns": (
        lambda: ("Name," + ",".join(f"Q{i}" for i in range(600)) + "\nAna," + "x," * 600 + "\n").encode(),
        "line 2 has 602 cells",
    ),
}
