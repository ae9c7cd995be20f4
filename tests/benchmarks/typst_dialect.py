"""The leaflet in Typst markup.

User text never goes into Typst markup directly, where ``#``, ``*``, ``_``, ``$``, ``@``, ``<``
and brackets all mean something: each run of text becomes a string literal (``#"..."``), in
which only the backslash, the double quote and line breaks need escaping. A literal is always
followed by markup we write ourselves, so nothing the user typed can extend the expression.
"""

from __future__ import annotations

from tests.benchmarks.leaflet_source import Look

_PAPER = {"A3": "a3", "A4": "a4", "A5": "a5", "A6": "a6", "Letter": "us-letter", "Legal": "us-legal"}
_MUTED = 'rgb("#5E5E5E")'


def literal(raw: str) -> str:
    escaped = (
        raw.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\r", "\\r")
        .replace("\n", "\\n")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


class TypstDialect:
    def text(self, raw: str) -> str:
        return f"#{literal(raw)}" if raw else ""

    def strong(self, inline: str) -> str:
        return f"#strong[{inline}]"

    def emph(self, inline: str) -> str:
        return f"#emph[{inline}]"

    def link(self, url: str, inline: str) -> str:
        return f"#underline[#link({literal(url)})[{inline}]]"

    def title_band(self, title: str, subtitle: str, meta: str) -> str:
        lines = [f'#text(size: 2.35em, weight: "bold")[{self.text(title)}]']
        if subtitle:
            lines.append(f"#text(size: 1.18em)[{self.text(subtitle)}]")
        if meta:
            lines.append(f"#text(size: 0.82em)[{self.text(meta)}]")
        body = " \\\n".join(lines)
        return f"#block(fill: accent, width: 100%, inset: 7mm)[#set text(fill: white)\n{body}]"

    def paragraph(self, inline: str) -> str:
        return inline

    def quote(self, inline: str, by: str) -> str:
        attribution = f", attribution: [{self.text(by)}]" if by else ""
        return f"#quote(block: true{attribution})[#text(size: 1.07em)[{inline}]]"

    def heading(self, raw: str) -> str:
        return f"#heading(level: 2)[{self.text(raw)}]"

    def section(self, label: str) -> str:
        return f'#text(size: 0.82em, weight: "bold", tracking: 0.9pt, fill: accent)[#upper({literal(label)})]'

    def demands(self, entries: list[str]) -> str:
        items = ",\n".join(f"  [{entry}]" for entry in entries)
        return f"#enum(\n{items},\n)"

    def sign_up(self, label: str, raw: str, url: str) -> str:
        return (
            f"#block(fill: accent.lighten(90%), width: 100%, inset: 5mm)"
            f"[#strong[{self.text(label)}] \\\n{self.text(raw)} \\\n#link({literal(url)})]"
        )

    def signatory(self, name: str, role: str) -> str:
        entry = f"#strong[{self.text(name)}]"
        if role:
            entry += f" #text(fill: {_MUTED})[{self.text(role)}]"
        return entry

    def signatory_group(self, heading: str, entries: list[str]) -> str:
        head = f'#text(size: 0.9em, weight: "bold")[{self.text(heading)}]\n\n' if heading else ""
        return head + "\n\n".join(entries)

    def signatory_columns(self, parts: list[str]) -> str:
        body = "\n\n".join(parts)
        return f"#block(width: 100%)[#set text(size: 0.8em)\n#columns(signatory-columns, gutter: 6mm)[\n{body}\n]]"

    def small(self, raw: str) -> str:
        return f"#text(size: 0.75em, fill: {_MUTED})[{self.text(raw)}]"

    def document(self, look: Look, parts: list[str]) -> str:
        preamble = "\n".join(
            [
                f"#let accent = rgb({literal(look.accent)})",
                f"#let signatory-columns = {look.columns}",
                f"#set page(paper: {literal(_PAPER[look.page_size])}, margin: {look.margin_mm}mm,"
                ' footer: context align(center, text(size: 0.75em, counter(page).display("1 / 1", both: true))))',
                f"#set text(font: {literal(look.font)}, size: {look.font_size}pt)",
                "#set par(leading: 0.5em)",
                "#show link: set text(fill: accent)",
            ]
        )
        return preamble + "\n\n" + "\n\n".join(parts) + "\n"
