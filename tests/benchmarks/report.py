"""Turning results into what people read: tables, the ratio against Typst, and the targets.

Results are the workers' JSON dictionaries, so a saved run can be reported again later. A
figure that could not be measured is shown as "not measured: <reason>", never as a number.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024
ISSUE_TYPST_SECONDS = {"seed": (0.02, 0.03), "1k": (0.08, 0.12), "10k": (0.58, 0.64)}
"""Typst's render times quoted in the issue's targets, for comparison with this machine's."""
FREEZE_LIMIT_S = 0.1
"""A GUI-thread gap longer than this is counted as a freeze: input would visibly lag."""

OUR_FAMILIES = ("storage", "render", "preview", "startup")
"""Cases that measure this application, as opposed to the tools it is compared with."""

Results = dict[tuple[str, str], dict]

SINGLE_CASE_LIMITS = (
    ("load under 200 ms (10k)", "storage.load", "10k", 0.2),
    ("save under 300 ms (10k)", "storage.save", "10k", 0.3),
    ("launch to a shown window with a statement under 1 s", "startup.window", "example", 1.0),
)
"""The issue's targets that one measured case meets or misses on its own."""


def index(results: list[dict]) -> Results:
    return {(r["case"], r["size"]): r for r in results}


def median(results: Results, case: str, size: str) -> float | None:
    found = results.get((case, size))
    return found["timing"]["median_s"] if found and found.get("timing") else None


def why_missing(results: Results, case: str, size: str) -> str:
    found = results.get((case, size))
    if found is None:
        return "not measured: not part of this run"
    return f"not measured: {found.get('not_measured') or 'no timing'}"


def seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def megabytes(value: int | None) -> str:
    return "-" if value is None else f"{value / MB:.1f} MB"


@dataclass(frozen=True)
class Verdict:
    target: str
    measured: str
    status: str  # "met", "missed" or "not measured: ..."

    def to_json(self) -> dict:
        return {"target": self.target, "measured": self.measured, "status": self.status}


def _limit(target: str, value: float | None, limit: float, missing: str, shown: str | None = None) -> Verdict:
    if value is None:
        return Verdict(target, "-", missing)
    measured = shown or seconds(value)
    return Verdict(target, measured, "met" if value <= limit else f"missed by {seconds(value - limit)}")


RENDER_TARGETS = {"render.plain": "render", "render.fit_pages": "fit to pages", "render.booklet": "booklet"}
"""Our render cases held against Typst's plain render of the same content."""


def _against_typst(results: Results, case: str, target: str, size: str) -> Verdict:
    ours, typst = median(results, case, size), median(results, "typst.render", size)
    if ours is None or typst is None:
        return Verdict(target, "-", why_missing(results, case if ours is None else "typst.render", size))
    return _limit(target, ours, typst, "", f"{seconds(ours)} vs {seconds(typst)} (x{ours / typst:.2f})")


def verdicts(results: Results) -> list[Verdict]:
    """Where each of the issue's targets stands in this run."""
    found: list[Verdict] = []
    for case, label in RENDER_TARGETS.items():
        for size in ("seed", "1k", "10k"):
            found.append(_against_typst(results, case, f"{label} at or under Typst ({size})", size))
    found.append(
        _limit(
            "preview within 100 ms of the end of typing (seed)",
            median(results, "preview.after_typing", "seed"),
            0.1,
            why_missing(results, "preview.after_typing", "seed"),
        )
    )
    stall = _detail(results, "preview.work", "10k", "longest_stall_s")
    found.append(
        _limit(
            f"GUI never freezes at 10k names (no GUI-thread gap over {seconds(FREEZE_LIMIT_S)})",
            stall,
            FREEZE_LIMIT_S,
            why_missing(results, "preview.work", "10k"),
        )
    )
    load_seed, save_seed = median(results, "storage.load", "seed"), median(results, "storage.save", "seed")
    both = None if load_seed is None or save_seed is None else load_seed + save_seed
    found.append(
        _limit("load + save under 20 ms (seed)", both, 0.02, why_missing(results, "storage.save", "seed"))
    )
    for label, case, size, limit in SINGLE_CASE_LIMITS:
        found.append(_limit(label, median(results, case, size), limit, why_missing(results, case, size)))
    ours_at_10k = [
        r
        for (case, size), r in results.items()
        if size == "10k" and r.get("process_peak_bytes") and case.split(".")[0] in OUR_FAMILIES
    ]
    if ours_at_10k:
        worst = max(ours_at_10k, key=lambda r: r["process_peak_bytes"])
        found.append(
            _limit(
                "peak memory under 300 MB (10k)",
                worst["process_peak_bytes"] / MB,
                300,
                "",
                f"{megabytes(worst['process_peak_bytes'])} ({worst['case']})",
            )
        )
    else:
        found.append(Verdict("peak memory under 300 MB (10k)", "-", "not measured: no 10k case ran"))
    return found


def _detail(results: Results, case: str, size: str, key: str) -> float | None:
    found = results.get((case, size))
    return (found.get("details") or {}).get(key) if found else None


def comparison(results: Results) -> list[dict]:
    """Ours against Typst and WeasyPrint per size: the ratio holds where absolute times do not."""
    rows = []
    for size in ("seed", "1k", "10k"):
        ours = median(results, "render.plain", size)
        row: dict = {"size": size, "ours_s": ours}
        for rival in ("typst", "weasyprint"):
            theirs = median(results, f"{rival}.render", size)
            row[f"{rival}_s"] = theirs
            row[f"ours_over_{rival}"] = ours / theirs if ours and theirs else None
            row[f"{rival}_note"] = None if theirs else why_missing(results, f"{rival}.render", size)
        rows.append(row)
    return rows


def _table(header: list[str], rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = [header, ["---"] * len(header), *rows]
        return "\n".join(
            "| " + " | ".join(str(cell).replace("|", "/") for cell in row) + " |" for row in lines
        )
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    lines = [
        "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, ["-" * w for w in widths], *rows]
    ]
    return "\n".join(lines)


def _details_text(details: dict | None) -> str:
    if not details:
        return ""
    return ", ".join(
        f"{key}={seconds(value) if key.endswith('_s') else value}" for key, value in details.items()
    )


def _source_line(source: dict) -> str:
    changed = source.get("uncommitted") or []
    line = f"Code: commit {source.get('commit') or 'unknown'}"
    return line + (f", uncommitted changes in {', '.join(changed)}" if changed else "")


def render_text(run: dict, *, markdown: bool = False) -> str:
    """The report for one run (the dictionary the JSON file holds), for a terminal or as Markdown."""
    results = index(run["results"])
    machine = run["machine"]
    parts = [
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_mb']} MB, {machine['system']}, "
        f"Python {machine['python']}",
        "Libraries: " + ", ".join(f"{k} {v}" for k, v in machine["libraries"].items()),
        f"Load average before/after: {run['load_average']['before']} / {run['load_average']['after']}",
        _source_line(run.get("source") or {}),
        "",
    ]
    rows = []
    for r in run["results"]:
        if r.get("timing"):
            t = r["timing"]
            rows.append(
                [
                    r["case"],
                    r["size"],
                    seconds(t["median_s"]),
                    f"{seconds(t['min_s'])}–{seconds(t['max_s'])}",
                    seconds(t["iqr_s"]),
                    str(t["runs"]),
                    megabytes(r.get("python_peak_bytes")),
                    megabytes(r.get("process_peak_bytes")),
                    _details_text(r.get("details")),
                ]
            )
        else:
            rows.append([r["case"], r["size"], "not measured", "", "", "", "", "", r.get("not_measured")])
    parts.append(
        _table(
            ["case", "size", "median", "min–max", "IQR", "runs", "Python peak", "process peak", "details"],
            rows,
            markdown,
        )
    )
    parts += ["", "Ours / Typst and ours / WeasyPrint (render, median):"]
    compared = []
    for row in comparison(results):
        cells = [row["size"], seconds(row["ours_s"])]
        for rival in ("typst", "weasyprint"):
            ratio = row[f"ours_over_{rival}"]
            cells += [
                seconds(row[f"{rival}_s"]) if row[f"{rival}_s"] else row[f"{rival}_note"],
                f"{ratio:.2g}" if ratio else "-",
            ]
        low, high = ISSUE_TYPST_SECONDS[row["size"]]
        cells.append(f"{low:g}–{high:g} s")
        compared.append(cells)
    parts.append(
        _table(
            ["size", "ours", "Typst", "ours/Typst", "WeasyPrint", "ours/WeasyPrint", "Typst in the issue"],
            compared,
            markdown,
        )
    )
    parts += ["", "Targets:"]
    parts.append(
        _table(
            ["target", "measured", "status"],
            [[v["target"], v["measured"], v["status"]] for v in run["targets"]],
            markdown,
        )
    )
    return "\n".join(parts)
