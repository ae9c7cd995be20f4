"""The leaflet as HTML and CSS for WeasyPrint, with every piece of user text HTML-escaped."""

from __future__ import annotations

import html
from pathlib import Path

from tests.benchmarks.leaflet_source import Look

STYLE_FILES = {
    "normal normal": "regular",
    "bold normal": "bold",
    "normal italic": "italic",
    "bold italic": "bold_italic",
}
"""CSS weight and style of each font face, and the file stem it is saved under."""


def tint(colour: str, share: float) -> str:
    """``colour`` (#RRGGBB) mixed with white, ``share`` of the colour: the sign-up panel's fill."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * share):02X}" for c in channels)


def _text(raw: str) -> str:
    return html.escape(raw, quote=True)


class HtmlDialect:
    def __init__(self, font_folder: Path) -> None:
        self.font_folder = font_folder

    def text(self, raw: str) -> str:
        return _text(raw)

    def strong(self, inline: str) -> str:
        return f"<strong>{inline}</strong>"

    def emph(self, inline: str) -> str:
        return f"<em>{inline}</em>"

    def link(self, url: str, inline: str) -> str:
        return f'<a href="{_text(url)}">{inline}</a>'

    def title_band(self, title: str, subtitle: str, meta: str) -> str:
        lines = [f"<h1>{_text(title)}</h1>"]
        if subtitle:
            lines.append(f'<p class="subtitle">{_text(subtitle)}</p>')
        if meta:
            lines.append(f'<p class="meta">{_text(meta)}</p>')
        return f"<header>{''.join(lines)}</header>"

    def paragraph(self, inline: str) -> str:
        return f"<p>{inline}</p>"

    def quote(self, inline: str, by: str) -> str:
        attribution = f"<footer>— {_text(by)}</footer>" if by else ""
        return f"<blockquote><p>{inline}</p>{attribution}</blockquote>"

    def heading(self, raw: str) -> str:
        return f"<h2>{_text(raw)}</h2>"

    def section(self, label: str) -> str:
        return f'<h3 class="section">{_text(label)}</h3>'

    def demands(self, entries: list[str]) -> str:
        return "<ol>" + "".join(f"<li>{entry}</li>" for entry in entries) + "</ol>"

    def sign_up(self, label: str, raw: str, url: str) -> str:
        return (
            f'<div class="sign-up"><strong>{_text(label)}</strong><br>{_text(raw)}<br>'
            f'<a href="{_text(url)}">{_text(url)}</a></div>'
        )

    def signatory(self, name: str, role: str) -> str:
        role_part = f' <span class="role">{_text(role)}</span>' if role else ""
        return f"<p><strong>{_text(name)}</strong>{role_part}</p>"

    def signatory_group(self, heading: str, entries: list[str]) -> str:
        head = f"<h4>{_text(heading)}</h4>" if heading else ""
        return head + "".join(entries)

    def signatory_columns(self, parts: list[str]) -> str:
        return '<div class="signatories">' + "".join(parts) + "</div>"

    def small(self, raw: str) -> str:
        return f'<p class="small">{_text(raw)}</p>'

    def document(self, look: Look, parts: list[str]) -> str:
        faces = "".join(
            f'@font-face {{ font-family: "{look.font}"; font-weight: {weight}; font-style: {style};'
            f' src: url("{(self.font_folder / (stem + ".ttf")).as_uri()}"); }}\n'
            for (weight, style), stem in ((key.split(), value) for key, value in STYLE_FILES.items())
        )
        css = (
            faces
            + f"""
@page {{ size: {look.page_size}; margin: {look.margin_mm}mm;
  @bottom-center {{ content: counter(page) " / " counter(pages); font-family: "{look.font}"; font-size: 7.5pt; }} }}
body {{ font-family: "{look.font}"; font-size: {look.font_size}pt; line-height: 1.36; }}
header {{ background: {look.accent}; color: white; padding: 7mm; margin-bottom: 6mm; }}
h1 {{ font-size: 2.35em; line-height: 1.08; margin: 0; }}
.subtitle {{ font-size: 1.18em; margin: 0.3em 0 0; }}
.meta {{ font-size: 0.82em; margin: 0.3em 0 0; }}
blockquote {{ font-size: 1.07em; border-left: 2.2pt solid {look.accent}; margin: 0; padding-left: 5mm; }}
h2 {{ font-size: 1.18em; }}
.section {{ font-size: 0.82em; letter-spacing: 0.9pt; text-transform: uppercase; color: {look.accent}; }}
a {{ color: {look.accent}; }}
.sign-up {{ background: {tint(look.accent, 0.1)}; padding: 5mm; }}
.signatories {{ columns: {look.columns}; column-gap: 6mm; font-size: 0.8em; }}
.signatories p {{ margin: 0 0 0.3em; break-inside: avoid; }}
.signatories h4 {{ margin: 0.6em 0 0.3em; break-after: avoid; }}
.role, .small {{ color: #5E5E5E; }}
.small {{ font-size: 0.75em; }}
"""
        )
        body = "\n".join(parts)
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<style>{css}</style></head><body>{body}</body></html>"
        )
