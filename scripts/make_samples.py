#!/usr/bin/env python3
"""Writes the bundled demo workspace, samples/, deterministically.

The demo is one fictional salesperson's last four months: Nora Castellane, account
executive at Fieldnote Analytics (fieldnote.example), who sells "Fieldnote Routes"
(route planning and field-service scheduling for small service businesses). rapport
evaluates it as of 2026-11-20T09:00:00Z. Every person, company, address and number in
it is invented; domains are reserved (*.example) and phone numbers come from the
ranges set aside for drama (UK 07700 900xxx, 01632 960xxx, 0161 496 0xxx; US 555-01xx).

Run:  python3 scripts/make_samples.py [--out DIR]
It rewrites the demo files, reads every one of them back (email, csv, xml.etree) and exits
1 if anything fails to parse or a date is inconsistent. Only the Python 3 standard
library is used. The same input always writes the same
bytes: no clock, no randomness other than seeded generators.

samples/README.md is the answer key: it lists what was planted for each contact.
Keep it in step with the data below.
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import html
import io
import quopri
import random
import re
import shutil
import sys
import textwrap
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UTC = timezone.utc
NOW = datetime(2026, 11, 20, 9, 0, 0, tzinfo=UTC)
# Clocks changed on Sunday 25 October 2026 (UK and EU) and on 1 November (US).
EU_DST_END = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_DST_END = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)


def utc(text: str) -> datetime:
    """'2026-11-17 16:42' or '2026-11-17 16:42:09' in UTC."""
    fmt = "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(text, fmt).replace(tzinfo=UTC)


def zone_offset(zone: str, t: datetime) -> timedelta:
    if zone == "uk":
        return timedelta(hours=1 if t < EU_DST_END else 0)
    if zone == "cet":
        return timedelta(hours=2 if t < EU_DST_END else 1)
    if zone == "az":  # Arizona keeps standard time all year
        return timedelta(hours=-7)
    if zone == "us_east":
        return timedelta(hours=-4 if t < US_DST_END else -5)
    if zone == "utc":
        return timedelta(0)
    raise ValueError(zone)


def local(zone: str, t: datetime) -> datetime:
    return t.astimezone(timezone(zone_offset(zone, t)))


def rfc5322_date(zone: str, t: datetime) -> str:
    lt = local(zone, t)
    off = zone_offset(zone, t)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return (f"{days[lt.weekday()]}, {lt.day:02d} {months[lt.month - 1]} {lt.year} "
            f"{lt:%H:%M:%S} {sign}{minutes // 60:02d}{minutes % 60:02d}")


def seeded(*parts: object) -> random.Random:
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def hexid(n: int, *parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------

@dataclass
class Person:
    key: str
    name: str
    email: str
    zone: str = "uk"
    mailer: str = "outlook"  # default mail client: shapes MIME structure and quoting
    sig: str = ""            # signature block (without the "-- " line unless dashes=True)
    dashes: bool = False     # signature introduced by the "-- " delimiter
    mobile_sig: str = ""     # e.g. "Sent from my iPhone"
    footer: str = ""         # legal footer appended after the signature
    domain_id: str = ""      # Message-ID right-hand side
    internal: bool = False   # a Fieldnote colleague or Nora herself


PEOPLE: dict[str, Person] = {}


def person(key: str, name: str, email: str, **kw) -> Person:
    p = Person(key, name, email, **kw)
    if not p.domain_id:
        p.domain_id = email.split("@", 1)[1]
    PEOPLE[key] = p
    return p


# ---------------------------------------------------------------------------
# Mail model
# ---------------------------------------------------------------------------

@dataclass
class Attachment:
    filename: str
    content_type: str
    data: bytes
    inline_text: bool = False  # text/calendar parts sit inside the alternative


@dataclass
class Mail:
    label: str
    frm: str
    to: list[str]
    at: datetime
    body: str
    cc: list[str] = field(default_factory=list)
    subject: str | None = None
    reply_to: str | None = None       # label of the message answered
    forward_of: str | None = None     # label of the message forwarded
    quote: str | None = None          # quoting style; None: the sender's mailer decides
    mailer: str | None = None         # overrides the sender's mailer
    charset: str | None = None
    cte: str | None = None
    html_only: bool = False
    plain_only: bool = False
    sig: str | None = None            # "full" (default), "short", "mobile", "none"
    attachments: list[Attachment] = field(default_factory=list)
    box: str | None = None            # inbox, sent, archive, archive-new, eml:NAME
    flags: str = "S"                  # Maildir flags for archive messages
    headers: list[tuple[str, str]] = field(default_factory=list)
    subject_encoding: str | None = None  # "b-utf8" | "q-latin1"
    name_encoding: str | None = None     # same, for the From display name
    display_name: str | None = None      # the From display name as the mailer writes it
    raw_body: bytes | None = None        # a hand-built MIME body (with its own headers)
    raw_content_headers: list[str] | None = None
    message_id: str | None = None
    raw_from: str | None = None          # a From header written by hand
    # filled in when built
    full_text: str = ""
    new_text: str = ""


MAILS: list[Mail] = []
BY_LABEL: dict[str, Mail] = {}


def mail(label: str, frm: str, to, at: str, body: str, **kw) -> Mail:
    if isinstance(to, str):
        to = [to]
    cc = kw.pop("cc", [])
    if isinstance(cc, str):
        cc = [cc]
    t = utc(at)
    if at.count(":") == 1:  # people do not send mail on the minute: add seconds
        t += timedelta(seconds=seeded("sec", label).randrange(60))
    m = Mail(label=label, frm=frm, to=list(to), cc=list(cc), at=t,
             body=textwrap.dedent(body).strip("\n"), **kw)
    if label in BY_LABEL:
        raise ValueError(f"duplicate label {label}")
    MAILS.append(m)
    BY_LABEL[label] = m
    return m


def reply(label: str, parent: str, frm: str, to, at: str, body: str, **kw) -> Mail:
    return mail(label, frm, to, at, body, reply_to=parent, **kw)


# ---------------------------------------------------------------------------
# Mail rendering
# ---------------------------------------------------------------------------

MAILERS = {
    # name: (header name, header value, default structure, default quote style)
    "thunderbird": ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
                    "plain", "thunderbird"),
    "gmail": (None, None, "alternative", "gmail"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0", "alternative", "outlook"),
    "outlook_classic": ("X-Mailer", "Microsoft Office Outlook 12.0", "plain", "outlook_classic"),
    "apple": ("X-Mailer", "iPhone Mail (22B91)", "plain", "apple"),
    "applemac": ("X-Mailer", "Apple Mail (2.3826.200.121)", "alternative", "apple"),
    "zimbra": ("X-Mailer", "Zimbra 10.0.8_GA_4621 (ZimbraWebClient - FF128 (Linux)/10.0.8_GA_4621)",
               "plain", "zimbra"),
    "webmail": ("User-Agent", "Roundcube Webmail/1.6.9", "plain", "roundcube"),
    "system": (None, None, "plain", "none"),
}


def mailer_of(m: Mail) -> str:
    return m.mailer or PEOPLE[m.frm].mailer


def encode_word(text: str, how: str) -> str:
    if how == "q-latin1":
        out = []
        for b in text.encode("iso-8859-1"):
            c = chr(b)
            if c == " ":
                out.append("_")
            elif (c.isascii() and c.isalnum()) or c in "-!*+/":
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return "=?ISO-8859-1?Q?" + "".join(out) + "?="
    if how == "b-utf8":
        return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode() + "?="
    raise ValueError(how)


def needs_quotes(name: str) -> bool:
    return any(c in name for c in ',.;:@()<>[]"\\')


def header_name(name: str, how: str | None) -> str:
    if any(ord(c) > 127 for c in name):
        return encode_word(name, how or "b-utf8")
    if needs_quotes(name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def header_addr(key: str, display: str | None = None, how: str | None = None) -> str:
    p = PEOPLE[key]
    return f"{header_name(display or p.name, how)} <{p.email}>"


def fold_list(name: str, items: list[str]) -> str:
    """Header with comma-separated items, folded before 78 columns."""
    line = f"{name}: "
    lines = []
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) + 1 > 78 and line.strip() != f"{name}:":
            lines.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def fold_refs(refs: list[str]) -> str:
    out = "References: "
    lines = []
    for i, r in enumerate(refs):
        if i and len(out) + len(r) > 76:
            lines.append(out.rstrip())
            out = " "
        out += r + " "
    lines.append(out.rstrip())
    return "\n".join(lines)


def subject_of(m: Mail) -> str:
    if m.subject is not None:
        return m.subject
    if m.reply_to:
        base = subject_of(BY_LABEL[m.reply_to])
        return base if re.match(r"(?i)^(re|aw|antw):", base) else "Re: " + base
    if m.forward_of:
        return "Fwd: " + subject_of(BY_LABEL[m.forward_of])
    raise ValueError(f"{m.label}: no subject")


def msgid_of(m: Mail) -> str:
    if m.message_id:
        return m.message_id
    p = PEOPLE[m.frm]
    mailer = mailer_of(m)
    h = hexid(40, "msgid", m.label)
    if mailer == "gmail":
        token = base64.b64encode(bytes.fromhex(h[:36])).decode().replace("/", "_").replace("+", "-")
        mid = f"<CA{token}@mail.gmail.example>"
    elif mailer in ("outlook", "outlook_classic"):
        host = f"LO{h[0:1].upper()}P265MB{h[1:5].upper()}"
        mid = f"<{host}{h[5:21].upper()}@{host}.GBRP265.PROD.OUTLOOK.example>"
    elif mailer in ("apple", "applemac"):
        u = h[:32].upper()
        mid = f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{p.domain_id}>"
    elif mailer == "thunderbird":
        u = h[:32]
        mid = f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{p.domain_id}>"
    elif mailer == "zimbra":
        mid = f"<{int(h[:8], 16)}.{int(h[8:14], 16)}.{int(m.at.timestamp())}{h[14:17]}.JavaMail.zimbra@{p.domain_id}>"
    else:
        mid = f"<{m.at:%Y%m%d%H%M%S}.{h[:12]}@{p.domain_id}>"
    m.message_id = mid
    return mid


def references_of(m: Mail) -> list[str]:
    if not m.reply_to:
        return []
    parent = BY_LABEL[m.reply_to]
    return references_of(parent) + [msgid_of(parent)]


def signature_of(m: Mail) -> str:
    p = PEOPLE[m.frm]
    kind = m.sig or "full"
    if kind == "none":
        return ""
    if kind == "mobile":
        return p.mobile_sig or "Sent from my iPhone"
    if kind == "short":
        return ""
    sig = p.sig
    out = ""
    if sig:
        out = ("-- \n" + sig) if p.dashes else sig
    if p.footer:
        out = (out + "\n\n" if out else "") + p.footer
    return out


def long_date(zone: str, t: datetime) -> str:
    lt = local(zone, t)
    return f"{lt.day} {lt:%B %Y} {lt:%H:%M}"


def us_long_date(zone: str, t: datetime) -> str:
    lt = local(zone, t)
    hour = lt.hour % 12 or 12
    ampm = "AM" if lt.hour < 12 else "PM"
    return f"{lt:%A}, {lt:%B} {lt.day}, {lt.year} {hour}:{lt:%M} {ampm}"


def quote_lines(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line == "":
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


def quote_lines_tight(text: str) -> str:
    """Some mobile clients quote with a bare '>' and no space."""
    return "\n".join(">" + line for line in text.split("\n"))


def attribution(style: str, m: Mail, parent: Mail) -> str:
    """The line (or block) a mail client writes above quoted history, in the replier's zone."""
    pp = PEOPLE[parent.frm]
    zone = PEOPLE[m.frm].zone
    lt = local(zone, parent.at)
    if style == "gmail":
        return f"On {lt:%a}, {lt.day} {lt:%b %Y} at {lt:%H:%M}, {pp.name} <{pp.email}> wrote:"
    if style in ("apple", "tight"):
        return f"On {lt.day} {lt:%b %Y}, at {lt:%H:%M}, {pp.name} <{pp.email}> wrote:"
    if style == "thunderbird":
        return f"On {lt:%d/%m/%Y} {lt:%H:%M}, {pp.name} wrote:"
    if style == "roundcube":
        return f"On {lt:%Y-%m-%d %H:%M}, {pp.name} wrote:"
    if style == "zimbra":
        return f"Le {lt:%d/%m/%Y} à {lt:%H:%M}, {pp.name} <{pp.email}> a écrit :"
    raise ValueError(style)


def outlook_block(m: Mail, parent: Mail, classic: bool) -> str:
    pp = PEOPLE[parent.frm]
    zone = PEOPLE[m.frm].zone
    to = "; ".join(f"{PEOPLE[k].name} <{PEOPLE[k].email}>" for k in parent.to)
    cc = "; ".join(f"{PEOPLE[k].name} <{PEOPLE[k].email}>" for k in parent.cc)
    if classic:
        lines = ["-----Original Message-----",
                 f"From: {pp.name} [mailto:{pp.email}]",
                 f"Sent: {us_long_date(zone, parent.at)}",
                 f"To: {to}"]
    else:
        lines = ["________________________________",
                 f"From: {pp.name} <{pp.email}>",
                 f"Sent: {long_date(zone, parent.at)}",
                 f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject_of(parent)}")
    return "\n".join(lines)


def wrap_paragraphs(text: str, width: int) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith((">", "-", "*", " ", "|")) or re.match(r"^\d+[).]", line):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def render_text(m: Mail) -> str:
    """The text/plain body: new text, signature, quoted or forwarded history."""
    mailer = mailer_of(m)
    style = m.quote or MAILERS[mailer][3]
    body = m.body
    if mailer == "gmail":
        body = wrap_paragraphs(body, 76)
    parts = [body]
    sig = signature_of(m)
    if sig:
        parts.append(sig)
    text = "\n\n".join(parts)
    m.new_text = m.body
    if m.forward_of:
        fwd = BY_LABEL[m.forward_of]
        fp = PEOPLE[fwd.frm]
        if not fwd.full_text:
            render_text(fwd)
        block = ["---------- Forwarded message ---------",
                 f"From: {fp.name} <{fp.email}>",
                 f"Date: {local(PEOPLE[m.frm].zone, fwd.at):%a, %d %b %Y at %H:%M}",
                 f"Subject: {subject_of(fwd)}",
                 "To: " + ", ".join(f"{PEOPLE[k].name} <{PEOPLE[k].email}>" for k in fwd.to)]
        if fwd.cc:
            block.append("Cc: " + ", ".join(f"{PEOPLE[k].name} <{PEOPLE[k].email}>" for k in fwd.cc))
        text += "\n\n" + "\n".join(block) + "\n\n\n" + fwd.full_text
    elif m.reply_to and style != "none":
        parent = BY_LABEL[m.reply_to]
        if not parent.full_text:
            render_text(parent)
        if style in ("outlook", "outlook_classic"):
            text += "\n\n" + outlook_block(m, parent, style == "outlook_classic") + "\n\n" + parent.full_text
        elif style == "apple":
            text += "\n\n" + attribution(style, m, parent) + "\n\n" + quote_lines(parent.full_text)
        elif style == "tight":
            text += "\n\n" + attribution(style, m, parent) + "\n" + quote_lines_tight(parent.full_text)
        else:
            text += "\n\n" + attribution(style, m, parent) + "\n" + quote_lines(parent.full_text)
    m.full_text = text
    return text


def text_to_html(m: Mail, text: str) -> str:
    """A plausible HTML alternative: paragraphs, a blockquote for quoted history."""
    mailer = mailer_of(m)
    body_lines = text.split("\n")
    out = []
    in_quote = False
    for line in body_lines:
        if line.startswith(">"):
            if not in_quote:
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                in_quote = True
            stripped = re.sub(r"^>+ ?", "", line)
            out.append(html.escape(stripped, quote=False) + "<br>")
            continue
        if in_quote:
            out.append("</blockquote>")
            in_quote = False
        if line == "":
            out.append("<div><br></div>")
        elif line.startswith("________________________________"):
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
        else:
            out.append("<div>" + html.escape(line, quote=False) + "</div>")
    if in_quote:
        out.append("</blockquote>")
    if mailer == "outlook":
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif}</style>\n'
                '</head>\n<body lang="EN-GB" link="#467886">\n<div class="WordSection1">\n')
        tail = "\n</div>\n</body>\n</html>\n"
    else:
        head = '<div dir="ltr">\n'
        tail = "\n</div>\n"
    return head + "\n".join(out) + tail


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte in ("7bit", "8bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def pick_cte(text: str, charset: str, preferred: str | None) -> str:
    if preferred:
        return preferred
    if all(ord(c) < 128 for c in text):
        return "7bit"
    return "quoted-printable"


def charset_label(charset: str, mailer: str) -> str:
    if mailer == "gmail":
        return '"UTF-8"' if charset.lower() == "utf-8" else f'"{charset}"'
    if mailer in ("outlook",):
        return f'"{charset.lower()}"'
    return charset


def boundary(m: Mail, n: int) -> str:
    h = hexid(28, "boundary", m.label, n)
    mailer = mailer_of(m)
    if mailer == "gmail":
        return "000000000000" + h[:16]
    if mailer in ("outlook", "outlook_classic"):
        return f"_00{n}_LO2P265MB{h[:4].upper()}{h[4:16].upper()}_"
    if mailer in ("apple", "applemac"):
        u = h[:24].upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:24]}"
    return f"------------{h[:24]}"


def text_part(m: Mail, text: str, subtype: str = "plain") -> tuple[list[str], bytes]:
    mailer = mailer_of(m)
    charset = m.charset or ("us-ascii" if all(ord(c) < 128 for c in text) and mailer == "outlook"
                            else "UTF-8")
    if subtype == "html" and charset.lower() in ("us-ascii",):
        charset = "utf-8"
    cte = pick_cte(text, charset, m.cte if subtype == "plain" or m.html_only else None)
    if subtype == "html" and cte == "7bit" and any(len(l) > 900 for l in text.split("\n")):
        cte = "quoted-printable"
    headers = [f"Content-Type: text/{subtype}; charset={charset_label(charset, mailer)}",
               f"Content-Transfer-Encoding: {cte}"]
    return headers, encode_body(text, charset, cte)


def multipart(m: Mail, subtype: str, parts: list[tuple[list[str], bytes]], n: int,
              extra: str = "") -> tuple[list[str], bytes]:
    b = boundary(m, n)
    out = io.BytesIO()
    for headers, body in parts:
        out.write(f"--{b}\n".encode())
        out.write(("\n".join(headers) + "\n\n").encode())
        out.write(body if body.endswith(b"\n") else body + b"\n")
        out.write(b"\n")
    out.write(f"--{b}--\n".encode())
    return [f'Content-Type: multipart/{subtype}; boundary="{b}"{extra}'], out.getvalue()


def attachment_part(a: Attachment, mailer: str) -> tuple[list[str], bytes]:
    if a.inline_text:
        return ([f"Content-Type: {a.content_type}",
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(a.data))
    name = a.filename
    headers = [f'Content-Type: {a.content_type}; name="{name}"',
               f'Content-Disposition: attachment; filename="{name}"',
               "Content-Transfer-Encoding: base64"]
    if mailer == "outlook":
        headers.insert(1, f"Content-Description: {name}")
    return headers, base64.encodebytes(a.data)


IPS = ["192.0.2.", "198.51.100.", "203.0.113."]


def received_header(m: Mail) -> str:
    p = PEOPLE[m.frm]
    r = seeded("rcv", m.label)
    ip = IPS[r.randrange(3)] + str(r.randrange(10, 250))
    host = "mail." + p.email.split("@", 1)[1]
    when = rfc5322_date("uk", m.at + timedelta(seconds=r.randrange(2, 40)))
    sid = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(12))
    return (f"Received: from {host} ({host} [{ip}])\n"
            f"\tby mx1.fieldnote.example (Postfix) with ESMTPS id {sid}\n"
            f"\tfor <nora.castellane@fieldnote.example>; {when}")


def build_mail(m: Mail) -> bytes:
    p = PEOPLE[m.frm]
    mailer = mailer_of(m)
    text = render_text(m)
    lines: list[str] = []
    if m.frm != "nora":
        lines.append(f"Return-Path: <{p.email}>")
        lines.append(received_header(m))
    lines.append(f"Date: {rfc5322_date(p.zone, m.at)}")
    lines.append("From: " + (m.raw_from or header_addr(m.frm, m.display_name, m.name_encoding)))
    lines.append(fold_list("To", [header_addr(k) for k in m.to]))
    if m.cc:
        lines.append(fold_list("Cc", [header_addr(k) for k in m.cc]))
    subj = subject_of(m)
    if m.subject_encoding or any(ord(c) > 127 for c in subj):
        how = m.subject_encoding or ("q-latin1" if (m.charset or "").lower() == "iso-8859-1" else "b-utf8")
        prefix = ""
        rest = subj
        mm = re.match(r"^((?:Re|Fwd|AW|WG): )(.*)$", subj)
        if mm and all(ord(c) < 128 for c in mm.group(1)):
            prefix, rest = mm.group(1), mm.group(2)
        lines.append(f"Subject: {prefix}{encode_word(rest, how)}")
    else:
        lines.append(f"Subject: {subj}")
    if mailer == "outlook":
        topic = re.sub(r"^(?:(?:Re|RE|Fwd|FW): )+", "", subj)
        if all(ord(c) < 128 for c in topic):
            lines.append(f"Thread-Topic: {topic}")
    lines.append(f"Message-ID: {msgid_of(m)}")
    refs = references_of(m)
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append(fold_refs(refs))
    for k, v in m.headers:
        lines.append(f"{k}: {v}")
    hname, hval = MAILERS[mailer][0], MAILERS[mailer][1]
    if hname:
        lines.append(f"{hname}: {hval}")
    if mailer == "outlook":
        lines.append("Content-Language: en-GB")
    lines.append("MIME-Version: 1.0")

    if m.raw_body is not None:
        lines.extend(m.raw_content_headers or [])
        return ("\n".join(lines) + "\n\n").encode() + m.raw_body

    structure = MAILERS[mailer][2]
    if m.plain_only:
        structure = "plain"
    if m.html_only:
        headers, body = text_part(m, text_to_html(m, text), "html")
    elif structure == "plain":
        headers, body = text_part(m, text, "plain")
    else:
        alt = [text_part(m, text, "plain"), text_part(m, text_to_html(m, text), "html")]
        alt += [attachment_part(a, mailer) for a in m.attachments if a.inline_text]
        headers, body = multipart(m, "alternative", alt, 1)
    files = [a for a in m.attachments if not a.inline_text]
    if files:
        parts = [(headers, body)] + [attachment_part(a, mailer) for a in files]
        headers, body = multipart(m, "mixed", parts, 0)
    elif any(a.inline_text for a in m.attachments) and structure == "plain":
        parts = [(headers, body)] + [attachment_part(a, mailer) for a in m.attachments]
        headers, body = multipart(m, "alternative", parts, 1)
    lines.extend(headers)
    return ("\n".join(lines) + "\n\n").encode() + body


# ---------------------------------------------------------------------------
# Small binary attachments (real, tiny files: a one-page PDF, a one-paragraph DOCX)
# ---------------------------------------------------------------------------

def tiny_pdf(title: str, lines: list[str]) -> bytes:
    """A valid one-page PDF 1.4 with Helvetica text; xref offsets computed exactly."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 780
    ops = ["BT", "/F1 16 Tf", f"56 {y} Td", f"({esc(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        ops.append("0 -18 Td")
        ops.append(f"({esc(line)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (" + esc(title) + ") /Producer (Fieldnote Proposals 2.3) "
         "/CreationDate (D:20261020094500Z) >>").encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def tiny_docx(paragraphs: list[str]) -> bytes:
    """A minimal Word document (a zip with three parts), with fixed timestamps."""
    def part(zf: zipfile.ZipFile, name: str, text: str) -> None:
        info = zipfile.ZipInfo(name, date_time=(2026, 11, 10, 15, 30, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        zf.writestr(info, text)
    body = "".join(
        f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        part(zf, "[Content_Types].xml",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/'
             'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        part(zf, "_rels/.rels",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        part(zf, "word/document.xml",
             '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             f"<w:body>{body}</w:body></w:document>")
    return buf.getvalue()


def ics_request(uid: str, start: datetime, minutes: int, summary: str, location: str,
                organizer: str, attendees: list[str], method: str = "REQUEST",
                partstat: str | None = None) -> bytes:
    def stamp(t: datetime) -> str:
        return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"CREATED:{stamp(start - timedelta(days=13))}",
             f"DTSTAMP:{stamp(start - timedelta(days=13))}",
             f"UID:{uid}", f"SUMMARY:{summary}",
             f"ORGANIZER;CN=Nora Castellane:mailto:{organizer}"]
    for a in attendees:
        p = next(x for x in PEOPLE.values() if x.email == a)
        ps = partstat or "NEEDS-ACTION"
        lines.append(f"ATTENDEE;CN={p.name};PARTSTAT={ps};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += [f"DTSTART:{stamp(start)}", f"DTEND:{stamp(start + timedelta(minutes=minutes))}",
              f"LOCATION:{location}", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode()) > 75:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return ("\r\n".join(folded) + "\r\n").encode()


# ---------------------------------------------------------------------------
# The cast
# ---------------------------------------------------------------------------

person("nora", "Nora Castellane", "nora.castellane@fieldnote.example", mailer="thunderbird",
       dashes=True, internal=True,
       sig="Nora Castellane\nAccount Executive | Fieldnote Analytics\n"
           "M: +44 7700 900010 | T: 0161 496 0250\nhttps://fieldnote.example")
person("sam", "Sam Okafor", "sam.okafor@fieldnote.example", mailer="gmail", internal=True,
       sig="Sam Okafor\nSolutions Engineer, Fieldnote Analytics\n0161 496 0251")
person("hal", "Hal Whitcombe", "hal.whitcombe@fieldnote.example", mailer="gmail", internal=True,
       sig="Hal Whitcombe | Head of Sales | Fieldnote Analytics")
person("billing", "Fieldnote Billing", "billing@fieldnote.example", mailer="system", internal=True)
person("mailerdaemon", "Mail Delivery Subsystem", "mailer-daemon@mx1.fieldnote.example",
       mailer="system", internal=True)

# Harbourline Freight, Bristol
person("priya", "Priya Raman", "priya.raman@harbourline.example", mailer="outlook",
       sig="Priya Raman\nOperations Director\nHarbourline Freight Ltd\n"
           "T 01632 960120  |  M +44 7700 900123\nwww.harbourline.example",
       footer="Harbourline Freight Ltd is registered in England and Wales. This message is intended "
              "for the addressee only; if you have received it in error please delete it and let the "
              "sender know.")
person("tom", "Tom Achebe", "tom.achebe@harbourline.example", mailer="apple",
       sig="Tom Achebe\nFleet Manager | Harbourline Freight\n07700 900124")
# Brightwell Plumbing & Heating, Cardiff
person("owen", "Owen Pritchard", "owen@brightwell.example", mailer="apple")
person("sian", "Sian Pritchard", "office@brightwell.example", mailer="outlook_classic",
       sig="Sian Pritchard\nOffice Manager\nBrightwell Plumbing & Heating\nTel: (01632) 960 215\n"
           "Gas Safe registered")
# Greenstripe Landscaping: a sole trader on a personal address
person("dev", "Dev Malhotra", "dev.malhotra@mailbox.example", mailer="apple")
# Polar Air Conditioning, Leeds
person("sandra", "Sandra Kowalczyk", "sandra.kowalczyk@polarair.example", mailer="outlook_classic",
       sig="Sandra Kowalczyk\nManaging Director\nPolar Air Conditioning Ltd\n"
           "Tel: 01632 960402 | Mob: 07700 900402")
person("piotr", "Piotr Nowak", "piotr.nowak@polarair.example", mailer="outlook",
       sig="Piotr Nowak\nService Coordinator | Polar Air Conditioning Ltd\n01632 960403")
# Cwm Valley Lifts, Swansea
person("gareth", "Gareth Lloyd", "gareth.lloyd@cwmvalleylifts.example", mailer="outlook",
       sig="Gareth Lloyd\nOperations Manager\nCwm Valley Lifts Ltd\nMobile: +44 (0)7700 900518\n"
           "LOLER inspections | Lift repairs | 24/7 call-out")
# Aldersgate Property Services, London
person("martin", "Martin Feld", "martin.feld@aldersgate.example", mailer="outlook",
       sig="Martin Feld\nChief Operating Officer\nAldersgate Property Services plc\n01632 960733",
       footer="CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be "
              "legally privileged. If you are not the intended recipient, you must not read, copy, "
              "distribute or act upon it; please notify the sender and delete it. Aldersgate Property "
              "Services plc does not accept liability for any loss caused by viruses. Registered "
              "office: 1 Example Yard, London. Registered in England No. 00000000.")
person("julia", "Julia Stein", "julia.stein@aldersgate.example", mailer="gmail",
       sig="Julia Stein\nHead of Maintenance | Aldersgate Property Services\n+44 7700 900734",
       footer="CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be "
              "legally privileged. If you are not the intended recipient, you must not read, copy, "
              "distribute or act upon it; please notify the sender and delete it.")
# Walsh Drainage Services
person("kieran", "Kieran Walsh", "kieran@walshdrainage.example", mailer="outlook",
       sig="Kieran Walsh | Director\nWalsh Drainage Services\n07700 900621\n"
           "CCTV surveys - Jetting - Repairs")
# Bello Cleaning Co, Birmingham
person("fatima", "Fatima Bello", "fatima@bellocleaning.example", mailer="gmail",
       sig="Fatima Bello\nFounder & MD, Bello Cleaning Co.\n+44 7700 900645")
# Northgate Facilities Management, Newcastle
person("rachel", "Rachel Osei", "rachel.osei@northgatefm.example", mailer="outlook",
       sig="Rachel Osei\nFacilities Manager\nNorthgate Facilities Management\nT: 01632 960771 "
           "M: 07700 900771")
person("alan", "Alan Brooke", "alan.brooke@northgatefm.example", mailer="outlook",
       sig="Alan Brooke FCCA\nChief Financial Officer\nNorthgate Facilities Management")
# Carver Roofing & Guttering, Exeter
person("ben", "Ben Carver", "ben@carverroofing.example", mailer="outlook",
       sig="Ben Carver\nCarver Roofing & Guttering\n+44 7700 900832\n"
           "Free quotes - Fully insured - 10 year guarantee")
# Lumière Nettoyage, Lyon
person("helene", "Hélène Marchand", "helene.marchand@lumiere-nettoyage.example", zone="cet",
       mailer="zimbra", dashes=True,
       sig="Hélène Marchand\nDirectrice des opérations\nLumière Nettoyage SARL\nLyon")
# Meadowbank Gardens
person("jonas", "Jonas Whitfield", "jonas@meadowbankgardens.example", mailer="gmail",
       sig="Jonas Whitfield\nMeadowbank Gardens\nGarden design & maintenance\n07700 900947")
# Hart & Daughter Electrical
person("imogen", "Imogen Hart", "imogen@hartelectrical.example", mailer="applemac",
       sig="Imogen Hart\nManaging Director\nHart & Daughter Electrical\n(01632) 960 118")
# Sparkle & Shine Window Cleaning
person("aisha", "Aisha Karim", "aisha@sparkleandshine.example", mailer="gmail",
       sig="Aisha Karim\nSparkle & Shine Window Cleaning\n07700 900256")
# Oakleaf Care Services, Stockport
person("samira", "Samira Haddad", "samira.haddad@oakleafcare.example", mailer="outlook",
       sig="Samira Haddad\nRegistered Manager\nOakleaf Care Services\nT: 0161 496 0367 | M: +44 7700 900367")
person("lewis", "Lewis Fenn", "lewis.fenn@oakleafcare.example", mailer="outlook",
       sig="Lewis Fenn\nIT & Systems Lead, Oakleaf Care Services")
# Riverside Locksmiths, Salford
person("daniel", "Daniel Price", "daniel@riversidelocks.example", mailer="gmail",
       sig="Dan Price\nRiverside Locksmiths\n+44 7700 900478")
# Marsh & Co Gas Services (a customer since 2025)
person("eleanor", "Eleanor Marsh", "eleanor@marshgas.example", mailer="applemac",
       sig="Eleanor Marsh\nDirector, Marsh & Co Gas Services\n(01632) 960 589")
# Summit Solar Installers
person("victor", "Victor Adeyemi", "victor@summitsolar.example", mailer="gmail",
       sig="Victor Adeyemi | Operations Director | Summit Solar Installers\n+44 7700 900690")
# Quayside Couriers
person("jo", "Jo Pennington", "jo.pennington@quaysidecouriers.example", mailer="outlook",
       sig="Jo Pennington\nOperations Lead, Quayside Couriers\n07700 900701")
person("marcus", "Marcus Reid", "marcus.reid@quaysidecouriers.example", mailer="outlook",
       sig="Marcus Reid\nHead of Operations\nQuayside Couriers\n+44 7700 900702")
# Tolley Tree Surgery
person("graham", "Graham Tolley", "graham@tolleytrees.example", mailer="apple")
# Vogel Haustechnik GmbH (Germany)
person("katrin", "Katrin Vogel", "k.vogel@vogel-haustechnik.example", zone="cet", mailer="outlook",
       sig="Katrin Vogel\nGeschäftsführerin\nVogel Haustechnik GmbH\nHeizung · Sanitär · Lüftung")
# Cactus Pool Service, Phoenix AZ: an owner on a personal address
person("brandon", "Brandon Ruiz", "brandon.ruiz@mailbox.example", zone="az", mailer="webmail",
       dashes=True, sig="Brandon Ruiz\nCactus Pool Service LLC\n(602) 555-0147")
# Petal Post (florist deliveries)
person("lucy", "Lucy Tran", "lucy@petalpost.example", mailer="gmail",
       sig="Lucy Tran\nCo-founder, Petal Post\n07700 900924")
# Ferris Mobile Valeting: personal address
person("chloe", "Chloe Ferris", "chloe.ferris@homemail.example", mailer="apple")

# Automatic senders
person("fieldops", "FieldOps Weekly", "no-reply@news.fieldopsweekly.example", mailer="system")
person("salesguild", "The Sales Guild", "events@salesguild.example", mailer="system")
person("rail", "Railco Tickets", "noreply@tickets.railco.example", mailer="system")


# ---------------------------------------------------------------------------
# Mail threads. Times are UTC; each Date header shows the sender's own zone.
# Nothing here is a template: each message was written for its moment.
# ---------------------------------------------------------------------------

PROPOSAL_BRIGHTWELL = tiny_pdf("Fieldnote Routes - Proposal for Brightwell Plumbing & Heating", [
    "Prepared for Owen Pritchard, 20 October 2026. Prepared by Nora Castellane.",
    "Scope: 9 engineers (vans), Cardiff and the Vale, 2 office users.",
    "Crew plan: GBP 38 per engineer per month, office users free. 12-month term.",
    "Includes: route optimisation, drag-and-drop scheduling, driver app, job sheets,",
    "customer arrival texts, gas safety certificate reminders.",
    "Onboarding: two remote sessions and one day on site (no charge).",
    "Go-live target: week of 23 November 2026.",
])
PROPOSAL_HARBOURLINE = tiny_pdf("Fieldnote Routes - Proposal for Harbourline Freight", [
    "Prepared for Priya Raman and Tom Achebe, 27 October 2026.",
    "Scope: 14 vans (17 from January), Avonmouth depot, 3 planners.",
    "Fleet plan: GBP 44 per van per month including driver app and proof of delivery.",
    "Re-plan on the day: sick calls and late collections reshuffled in minutes.",
    "12-month term; monthly rolling available at +15%.",
    "Estimated saving: 7 planner hours a week; about 9% fewer miles.",
    "Next step: pilot with 5 vans from 4 January 2027.",
])
CONTINUITY_DOCX = tiny_docx([
    "Fieldnote Analytics - Data ownership and continuity",
    "Your data is yours. Full export of jobs, customers, routes and history at any time, "
    "in CSV and JSON, from the admin screen, at no charge.",
    "Source-code and data escrow with an independent escrow agent; release on insolvency or "
    "if the service stops for 30 days.",
    "Hosting in the EU (Frankfurt and Dublin), daily encrypted backups kept 35 days.",
    "Fieldnote has been profitable since 2024 and serves 1,100 companies in 9 countries.",
])

# --- Harbourline Freight: a good discovery, a visit, a proposal, then an e-mail "no" -------

mail("hb-01", "nora", "priya", "2026-09-22 15:10", """
    Hi Priya,

    Thanks for filling in the form on our site this afternoon. You mentioned route planning for a growing fleet out of Avonmouth, which is exactly the kind of thing we help with.

    Rather than send you a brochure, would you have 20 minutes for a quick call next week? I'd like to understand how you plan the day now before I suggest anything.

    Best wishes,
    Nora
    """, subject="Your enquiry about Fieldnote Routes")
reply("hb-02", "hb-01", "priya", "nora", "2026-09-23 07:58", """
    Hi Nora,

    Thanks for coming back so quickly. Tuesday 29th any time after 2pm works for me. Our fleet manager Tom Achebe does most of the planning so I'll want him involved if this goes anywhere, but let's talk first.

    Priya
    """)
reply("hb-03", "hb-02", "nora", "priya", "2026-09-23 08:31", """
    Perfect - I'll ring you at 2:30 on Tuesday 29th on your mobile.

    Nora
    """, sig="short")
mail("hb-04", "nora", ["priya", "tom"], "2026-09-29 15:20", """
    Hi Priya, hi Tom,

    Thanks for the time on the phone today, Priya. As agreed I've booked a Teams call for the three of us on Wednesday 14 October at 10:00. The invitation should be with you both separately.

    Tom, no need to prepare anything - I'll mostly be asking how the mornings work at the depot. If you're happy to have your planning spreadsheet open, even better.

    Speak then,
    Nora
    """, subject="Teams call on Wednesday 14 October")
reply("hb-05", "hb-04", "tom", "nora", "2026-09-29 16:02", """
    Thanks Nora, in the diary.

    Apologies in advance if Biscuit joins in - he's our rescue greyhound and I work from home on Wednesdays. He's usually asleep by ten.

    Tom
    """, cc=["priya"], sig="mobile")
mail("hb-06", "nora", ["priya", "tom"], "2026-10-14 14:35", """
    Hi Priya, hi Tom,

    Thank you both for this morning - I enjoyed it (and Biscuit was a model of good behaviour).

    From what you both described, the Monday reshuffle is where you lose most time, not the planning itself. Here is what I wrote down, so you can correct me:

    - Tom builds the routes for 14 vans between 6 and 7:30 every morning, longer on Mondays.
    - When a driver calls in sick, the whole day is re-planned by phone and WhatsApp.
    - The builders' merchant contract from January adds roughly 30% more drops.
    - Decisions over GBP 10k go to your finance director.

    As agreed I'll be at the depot at 6:30 on Thursday 22 October to watch a morning's plan on Tom's whiteboard, and Priya joins us at 10:00 for the walk-through. Nothing on a screen before then.

    And Priya - good luck with the hotel hunt in Leeds!

    Best wishes,
    Nora
    """, subject="Thank you for today - and see you on the 22nd")
reply("hb-06b", "hb-06", "tom", "nora", "2026-10-14 15:02", """
    Spot on from my side. One thing to add: on Mondays the sick calls come in between 5:30 and 6, before the plan is even finished, so I'm re-planning a plan.

    Tom
    """, sig="mobile", quote="tight")
reply("hb-07", "hb-06", "priya", "nora", "2026-10-14 15:10", """
    Hi Nora,

    That's a fair summary. One correction - it's closer to 35% more drops from January, the merchant confirmed last week.

    See you on the 22nd. Park round the back by the wash bay, the front is all loading bays.

    Thanks,
    Priya
    """, cc=["tom"])
mail("hb-08", "nora", ["priya", "tom"], "2026-10-23 08:55", """
    Hi both,

    Great to see the depot yesterday, and thanks for the tour and the tea. Watching Tom rebuild Monday's plan at 6:40 told me more than any spreadsheet could.

    I'll have a proposal with you by the end of next week, sized for 17 vans from January. If anything else occurs to you in the meantime, just ring me.

    Nora
    """, subject="Thanks for yesterday at Avonmouth")
reply("hb-09", "hb-08", "tom", "nora", "2026-10-23 09:40", """
    Likewise Nora, good to meet you properly. Biscuit says hi.

    Tom
    """, sig="mobile")
mail("hb-10", "nora", "priya", "2026-10-27 11:00", """
    Hi Priya,

    As promised, please find our proposal attached. In short:

    - Fleet plan for 14 vans now, 17 from January, GBP 44 per van per month, driver app included.
    - A five-van pilot from 4 January so Tom can try the Monday re-plan on real days before everyone moves over.
    - 12-month term; I've also priced monthly rolling in case your FD prefers it.

    I'd like to walk you through it rather than leave you to read it alone - would Thursday or Friday suit for 20 minutes?

    Best wishes,
    Nora
    """, cc=["tom"], subject="Fieldnote proposal - Harbourline Freight",
     attachments=[Attachment("Fieldnote_Proposal_Harbourline_Freight.pdf", "application/pdf",
                             PROPOSAL_HARBOURLINE)])
reply("hb-11", "hb-10", "priya", "nora", "2026-10-29 17:12", """
    Hi Nora,

    Thanks for this, it's clear. Sorry, this week has run away from me so no call - two quick questions instead:

    1. Is the driver app included in the 44, or is that extra per driver?
    2. What's the minimum term if we go monthly?

    Priya
    """, cc=["tom"])
reply("hb-12", "hb-11", "nora", "priya", "2026-10-30 09:05", """
    Hi Priya,

    1. Yes, the driver app is included - there is nothing per driver on top.
    2. Monthly rolling has no minimum term; it's 15% more per van than the 12-month price.

    Happy to talk it through with your FD if that would help.

    Nora
    """, cc=["tom"])
reply("hb-13", "hb-12", "priya", "nora", "2026-11-02 08:30", """
    Thanks, that's clear. I'm taking it to our FD this week.

    Sorry for the slow reply - our daughter Anjali has just had her graduation date confirmed (12 December, Leeds) and I've spent the weekend fighting over hotel rooms!

    Priya
    """)
reply("hb-14", "hb-12", "priya", "nora", "2026-11-17 16:42", """
    Hi Nora,

    Thank you for all the time you and the team have put into this, and for coming out to the depot.

    Because of financial concerns we've decided not to go ahead at this stage. I'm sorry it isn't better news.

    Kind regards,
    Priya
    """, cc=["tom"])
reply("hb-15", "hb-14", "tom", "nora", "2026-11-20 07:41", """
    Morning Nora,

    Just read Priya's email. Off the record, I was gutted - the Monday re-plan would have saved my sanity come January. I honestly don't know what the finance side of it was about, Priya's been in with the FD most of the week.

    Hope you're not too put out.

    Tom
    """, sig="mobile")

# --- Brightwell Plumbing & Heating: proposal followed up only by e-mail --------------------

mail("bw-01", "owen", "nora", "2026-09-08 10:14", """
    Hi Nora

    Met you at the installer show on Saturday, you gave me your card by the coffee van. We've got 9 vans doing boilers and general plumbing round Cardiff. Whats it cost roughly?

    Owen
    """, subject="Scheduling app", sig="mobile")
reply("bw-02", "bw-01", "nora", "owen", "2026-09-08 13:30", """
    Hi Owen,

    Lovely to hear from you - the coffee van, yes! I remember, you were the one with the flask.

    Roughly GBP 35-40 per van per month, but it depends on what you actually need, and I'd rather not guess. Could I ring you for 15 minutes this week? Tell me when you're not up a ladder.

    Nora
    """)
reply("bw-03", "bw-02", "owen", "nora", "2026-09-09 07:05", """
    Ring me Thursday after 4. In and out of lofts all day

    Sent from my iPhone
    """, sig="none", quote="none")
mail("bw-04", "sian", "nora", "2026-09-16 09:20", """
    Dear Nora,

    Owen asked me to send over the list of our vans and the areas they cover, following your call on Thursday.

    Van 1 - Owen - Cardiff North / Whitchurch
    Van 2 - Rhys - Cardiff North
    Van 3 - Gethin - Penarth / Vale
    Van 4 - Mark - Canton / Ely
    Van 5 - Lee - Splott / Roath
    Van 6 - Dai - Barry
    Van 7 - Kyle (apprentice with Dai)
    Van 8 - Tomasz - Caerphilly
    Van 9 - spare / cover

    We do most of our booking by phone and a paper diary at the moment. Owen says you'll know what to do with it!

    Kind regards,
    Sian
    """, subject="Van list as requested")
reply("bw-05", "bw-04", "nora", "sian", "2026-09-16 10:02", """
    Thanks Sian, that's really helpful - especially knowing that Kyle rides with Dai.

    Nora
    """, sig="short")
mail("bw-06", "owen", "nora", "2026-10-15 17:20", """
    Good chat today. Send me the numbers when you can.

    Need it in by end of November really - I'm booked in for my knee operation on 2 December and won't be up ladders for six weeks, so I want the lads on something before then, not me on the phone from the sofa.

    Owen
    """, subject="Numbers", sig="mobile")
reply("bw-07", "bw-06", "nora", "owen", "2026-10-20 10:45", """
    Hi Owen,

    Here are the numbers, attached as a proposal. The short version:

    - Crew plan for 9 vans at GBP 38 per van per month; Sian's and your office logins are free.
    - Two remote sessions and a day on site with the lads to get everyone going.
    - Live the week of 23 November, so you're set before the 2nd.

    Nora
    """, subject="Proposal - Fieldnote Routes for Brightwell",
      attachments=[Attachment("Fieldnote_Proposal_Brightwell.pdf", "application/pdf", PROPOSAL_BRIGHTWELL)])
reply("bw-08", "bw-07", "nora", "owen", "2026-10-28 09:10", """
    Hi Owen,

    Just checking the proposal reached you - sometimes PDFs end up in spam. Any questions, let me know.

    Nora
    """)
reply("bw-09", "bw-08", "nora", "owen", "2026-11-06 08:50", """
    Hi Owen,

    Following up on the proposal below. To have the lads live before your operation we'd need to start onboarding by the 16th. Shall I pencil that in?

    Best,
    Nora
    """)
reply("bw-10", "bw-09", "nora", "owen", "2026-11-16 08:05", """
    Hi Owen,

    Bumping this to the top of your inbox - I know it's a busy time of year for boilers. Let me know either way?

    Nora
    """, sig="short")

# --- Greenstripe Landscaping: e-mail early on, then texts (the dismissal comes by SMS) ------

mail("gs-01", "dev", "nora", "2026-09-03 19:40", """
    hi nora, got your details from Jonas at Meadowbank. we run 4 crews (2 lads each) doing maintenance contracts, mostly housing associations. could you send me a price for something like what he's got? cheers dev
    """, subject="price for 4 crews", sig="mobile")
reply("gs-02", "gs-01", "nora", "dev", "2026-09-04 08:15", """
    Hi Dev,

    Thanks for getting in touch, and good of Jonas to pass my name on.

    For four crews it would be in the region of GBP 150 a month, but housing association work often has its own wrinkles (access windows, photo evidence for the client, that kind of thing). Could we have a quick call so I understand how your week is planned? I can do any afternoon this week.

    Nora
    """)
mail("gs-03", "nora", "dev", "2026-10-06 17:05", """
    Hi Dev,

    Thanks for the call today. Here are your trial logins as promised - one for you and one per crew lead:

    https://app.fieldnote.example/invite/GS-7Q4K

    The trial runs to 3 November. I've loaded your six housing association sites so the crews can try photo sign-off this week.

    Nora
    """, subject="Your Fieldnote trial logins")
reply("gs-04", "gs-03", "dev", "nora", "2026-10-07 06:48", """
    cheers, all in. lads are using it today

    Sent from my iPhone
    """, sig="none", quote="none")

# --- Polar Air Conditioning: "we'll stay with our current provider", answered with an essay ---

mail("pa-01", "nora", "sandra", "2026-10-02 14:00", """
    Hi Sandra,

    Thank you for the time this morning. To recap what I heard:

    - 11 engineers, split between installs (planned weeks ahead) and breakdowns (planned on the day).
    - You use ServiceDesk Pro today and have done for six years; the team knows it well.
    - The pain is summer: breakdowns double in June and July and the planner can't keep up.

    I'll put together a comparison against what you pay now. Piotr, I've copied you in as you look after the day-to-day scheduling.

    Kind regards,
    Nora
    """, cc=["piotr"], subject="Following our call")
reply("pa-02", "pa-01", "piotr", "nora", "2026-10-05 07:20", """
    Hi Nora,

    Thanks. One question from my side: we post every completed job to LedgerLine for invoicing. Does Fieldnote have an integration with it or would we be re-keying?

    Regards,
    Piotr
    """, cc=["sandra"])
reply("pa-03", "pa-02", "nora", "piotr", "2026-10-05 09:00", """
    Hi Piotr,

    Good question. Yes - there is a LedgerLine connector; completed jobs go across with parts and labour lines every 15 minutes, so nobody re-keys anything. I can show it to you live if useful.

    Nora
    """, cc=["sandra"])
mail("pa-04", "nora", "sandra", "2026-10-27 15:30", """
    Hi Sandra,

    As promised on the phone, the comparison:

    - ServiceDesk Pro today: GBP 52 per engineer per month, plus the scheduling add-on at GBP 150 a month.
    - Fieldnote Crew plan: GBP 41 per engineer per month, scheduling and the LedgerLine connector included.

    For 11 engineers that is roughly GBP 3,250 a year less, before any time saved in July.

    Kind regards,
    Nora
    """, subject="Pricing comparison as discussed")
reply("pa-05", "pa-04", "sandra", "nora", "2026-11-11 13:25", """
    Hi Nora,

    Thanks for your patience while we thought about this. We’ve reviewed everything with Piotr and the senior engineers and we’ll stay with our current provider for now – the team knows it and the timing isn’t right to change before next summer. As one of the lads put it, “if it isn’t broken…”.

    Thanks again for all your help, it’s much appreciated.

    Kind regards,
    Sandra
    """, charset="windows-1252", cte="quoted-printable")
reply("pa-06", "pa-05", "nora", "sandra", "2026-11-11 21:47", """
    Hi Sandra,

    Thank you for letting me know, and I completely understand that change is hard when the team knows a system well. I hope you won't mind me sharing a few thoughts before you close the door completely, because I genuinely think the decision deserves another look.

    1. Cost. As I set out in my comparison, you would save roughly GBP 3,250 a year on licences alone. Over three years that is nearly GBP 10,000, which is more than the cost of the time it would take to switch.

    2. "If it isn't broken". With respect to your senior engineers, you told me yourself that the planner couldn't keep up last July, that breakdown customers were waiting two days for a visit, and that you lost at least one maintenance contract because of it. That sounds to me like it is broken, at least for two months of the year.

    3. Timing. You say the timing isn't right before next summer, but that is exactly why now is the right time. If you wait until spring you will be switching during your busiest period. Winter is the quietest time to change systems, and we would have you fully live by January.

    4. The team. Our onboarding is designed for engineers who don't like change. We spend a full day on site, and most teams are comfortable within a week. I can put you in touch with two other air conditioning firms who felt exactly the same and are now very happy.

    5. Risk. There is no long-term lock-in in the first three months, so if it doesn't work you can go back to ServiceDesk Pro with nothing lost except a few weeks.

    6. Integration. Piotr was worried about re-keying into LedgerLine, and as I explained, our connector handles that automatically, which is something your current provider charges extra for.

    I don't want to be pushy, and of course it is your decision. But I would hate for you to go into another summer with the same problems when the solution is sitting right here. Could you perhaps share this with Piotr and the senior engineers and let me know if it changes anything? I am very happy to send more detail on any of the points above.

    Kind regards,
    Nora
    """)

# --- Cwm Valley Lifts: "too busy right now" - and Nora phones instead of writing ------------

mail("cv-01", "nora", "gareth", "2026-10-12 15:05", """
    Hi Gareth,

    Thanks for the call earlier. I've noted the three things that matter most to you: LOLER inspection dates never slipping, getting the nearest engineer to a trapped-passenger call, and fewer evenings spent on the rota.

    I'll send over a short video of how inspection reminders work - it's easier to see than to describe.

    Nora
    """, subject="Inspection reminders and call-outs")
reply("cv-02", "cv-01", "gareth", "nora", "2026-10-13 08:12", """
    Thanks Nora. Watched the video, looks decent. Does it cope with engineers who are on call from home overnight, i.e. the route starts from their house not the yard?

    Gareth
    """)
reply("cv-03", "cv-02", "nora", "gareth", "2026-10-13 09:40", """
    It does - each engineer can have a different start point per shift, so the overnight person starts from home and the day team from the yard.

    Nora
    """, sig="short")
mail("cv-04", "gareth", "nora", "2026-11-17 08:05", """
    Hi Nora,

    Sorry to be the bearer of this, but we're too busy right now to take on a new system. Winter is our peak with the heating contracts on top of the lifts, and I can't take the lads off the road for training.

    Maybe in the new year.

    Gareth
    """, subject="Scheduling - not right now")
mail("cv-05", "nora", "gareth", "2026-11-18 14:35", """
    Hi Gareth,

    Thanks for making time for the call today - it was good to talk properly rather than by email. What we agreed:

    - Nothing changes for you before Christmas.
    - 2 December, 10am: 15 minutes on the phone to set up three engineers' profiles (no training needed).
    - 11 January: those three run on Fieldnote for four weeks alongside the current rota; we review on 8 February and you decide then.

    Enjoy Tenerife in February if I don't speak to you before!

    Nora
    """, subject="Our call today - plan for January")
reply("cv-06", "cv-05", "gareth", "nora", "2026-11-18 16:02", """
    Cheers Nora, that works. Speak on the 2nd.

    G
    """, sig="none")

# --- Aldersgate Property Services: the board "wants to wait until next quarter" -------------

mail("al-01", "nora", "julia", "2026-10-20 13:10", """
    Hi Julia,

    Thanks for a really useful call. I now understand why the reactive jobs across your 40 blocks are so hard to plan: three contractors, three diaries and a shared inbox in the middle.

    As you suggested, the next step is a short demo for you and your two coordinators. Would 3 or 4 November work?

    Best wishes,
    Nora
    """, subject="Reactive maintenance across the portfolio")
reply("al-02", "al-01", "julia", "nora", "2026-10-21 09:30", """
    Hi Nora,

    4 November at 11 is good. I'm copying in Martin Feld, our COO - anything with a contract over a year goes through him and the board, so better he's in the loop from the start.

    Julia
    """, cc=["martin"])
mail("al-03", "nora", ["julia", "martin"], "2026-11-05 12:00", """
    Hi Julia, hi Martin,

    Thank you for yesterday's session - your coordinators asked exactly the right questions.

    The proposal is here: https://fieldnote.example/p/ALD-2611 (Portfolio plan, 40 sites, three contractor portals, GBP 1,150 a month on a 24-month term, first three months at half price during rollout).

    Martin, if it would help the board paper I'm happy to join a call with you or your finance team.

    Kind regards,
    Nora
    """, subject="Proposal - Aldersgate Property Services")
reply("al-04", "al-03", "martin", "nora", "2026-11-06 08:47", """
    Nora,

    Thank you. This will go to the board on 17 November.

    Martin
    """, cc=["julia"], sig="short")
reply("al-05", "al-04", "martin", "nora", "2026-11-18 10:05", """
    Dear Nora,

    Thank you for your proposal and for the time you and your colleagues have invested in our evaluation.

    The board considered the paper yesterday. While it recognised the operational case, it has asked us to wait until next quarter before committing to any new operational software, and we will therefore not be proceeding this year.

    We will be in touch in the new year should the position change.

    Yours sincerely,
    """, cc=["julia"], html_only=True, sig="full")
mail("al-int", "martin", "julia", "2026-11-17 18:10", """
    Julia,

    Quick note after today's board so you hear it from me first. The scheduling proposal was well received but it fell under the Q4 capex freeze that followed the Hadley Court contract loss - nothing new over GBP 10k a year gets signed before April. Several board members asked whether the half-price rollout could start in Q1 instead.

    I'll send Fieldnote the formal line tomorrow. Please don't share the Hadley Court detail outside the business.

    Martin
    """, subject="Board - scheduling paper", box="none", sig="short")
mail("al-06", "julia", "nora", "2026-11-18 12:40", """
    Hi Nora,

    You'll have had Martin's email. Between us, below is the real reason - it's a spending freeze, not a verdict on you, and I think there's a way through if the start date moves. Please keep the Hadley Court bit to yourself.

    Can you give me a ring? I'm around Thursday afternoon and Friday.

    Julia
    """, forward_of="al-int", box="eml:aldersgate-forward.eml")

# --- Walsh Drainage: a price objection with a question Nora still owes an answer to ---------

mail("wd-01", "nora", "kieran", "2026-10-22 13:20", """
    Hi Kieran,

    Good to speak earlier. As discussed, for your six technicians the Crew plan would be GBP 42 per technician per month, including the CCTV job types and the photo report for insurers.

    Have a think and shout if anything's unclear.

    Nora
    """, subject="Fieldnote for Walsh Drainage")
reply("wd-02", "wd-01", "kieran", "nora", "2026-10-30 08:10", """
    Nora

    Bit steep if I'm honest. We pay 25 a head for JobJotter and it does most of what we need. Leave it with me.

    K
    """, display_name="Walsh, Kieran", sig="short")
reply("wd-03", "wd-02", "nora", "kieran", "2026-10-30 09:02", """
    Understood, Kieran, thanks for being straight with me. Out of interest, what is JobJotter not doing for you that made you look around in the first place?

    Nora
    """, sig="short")
reply("wd-04", "wd-03", "kieran", "nora", "2026-11-13 08:40", """
    Morning Nora

    Had a think. Honest answer, it's the reports - we retype every CCTV survey into Word for the insurers and it takes the office a day a week.

    If you can do something on price we'd look at it again. Would you do a discount for paying annually upfront? And can it produce the survey report with the photos in, or is that an extra?

    Sorry for the slow reply, we're moving house on the 28th so it's chaos at home.

    Kieran
    """, display_name="Walsh, Kieran")

# --- Bello Cleaning Co: no budget until April; "ring me next week" --------------------------

mail("bc-01", "nora", "fatima", "2026-10-14 12:30", """
    Hi Fatima,

    Thank you for the call this morning - and congratulations on the new school contracts.

    Here's the one-page overview I mentioned. For 22 cleaners and 3 supervisors you'd be on the Crew plan, and the supervisors' spot-check app is included.

    Nora
    """, subject="Fieldnote overview for Bello Cleaning")
mail("bc-02", "nora", "fatima", "2026-11-03 09:50", """
    Hi Fatima,

    I tried to ring you just now - no need to call back. I wanted to ask how the decision is looking on your side and whether there's anything you need from me.

    Nora
    """, subject="Quick question on timing")
reply("bc-03", "bc-02", "fatima", "nora", "2026-11-04 18:30", """
    Hi Nora,

    Honestly, we haven't got the budget for this until April when our new financial year starts. Losing the two office contracts in the summer hurt more than I let on.

    I do like it though, and so do the supervisors.

    Fatima
    """)
reply("bc-04", "bc-03", "nora", "fatima", "2026-11-05 08:15", """
    Hi Fatima,

    Thank you for telling me - that's completely fair, and I'm sorry about the summer.

    Could I give you a ring next week? I'd like to understand what April looks like for you rather than guess, and there may be a way to start small before then.

    Nora
    """)
reply("bc-05", "bc-04", "fatima", "nora", "2026-11-12 07:55", """
    Sure, ring me next week. Mornings are best, before 11.

    F
    """, sig="short")

# --- Northgate Facilities: "my CFO decides"; a demo that ended abruptly; an OOO reply ---------

mail("ng-01", "nora", "rachel", "2026-10-28 10:40", """
    Hi Rachel,

    Thanks for the call. As agreed, I've sent a Teams invitation for Tuesday 3 November, 14:00-14:45, for a demo focused on the helpdesk-to-engineer handover.

    Nora
    """, subject="Demo on 3 November")
reply("ng-02", "ng-01", "rachel", "nora", "2026-10-28 11:15", """
    Great, thanks Nora. I'll bring Dean from the helpdesk if he can get away.

    Rachel
    """)
mail("ng-03", "nora", "rachel", "2026-11-03 15:10", """
    Hi Rachel,

    Sorry for dashing off at the end - my next call had started and I cut us short, which wasn't fair on you.

    The bits we didn't get to: the helpdesk view that shows which engineer is nearest, and the monthly SLA report. I've put a two-minute recording of both here: https://fieldnote.example/v/NG-helpdesk

    Nora
    """, subject="Sorry for dashing off - the bits we missed")
reply("ng-04", "ng-03", "rachel", "nora", "2026-11-05 09:20", """
    Hi Nora,

    No problem, I watched the recording.

    Honest answer: I like it and the helpdesk team likes it, but anything with a monthly fee is decided by our CFO, Alan Brooke, not me. He will want a return-on-investment figure before he looks at it.

    Rachel
    """)
mail("ng-05", "nora", "alan", "2026-11-19 10:20:04", """
    Dear Alan,

    Rachel Osei suggested I send you this directly. Northgate's helpdesk currently re-assigns around 60 jobs a week by phone; based on the figures Rachel shared, Fieldnote would save about 9 hours of coordinator time and 400 engineer miles a week.

    A one-page return-on-investment summary is here: https://fieldnote.example/p/NG-ROI

    Would you have 20 minutes next week to go through the assumptions with me?

    Kind regards,
    Nora Castellane
    """, cc=["rachel"], subject="Return on investment summary for Northgate")
reply("ng-06", "ng-05", "rachel", "nora", "2026-11-19 10:20:41", """
    Thank you for your message. I am on leave until Monday 23 November with limited access to email.

    For anything urgent please contact the helpdesk on helpdesk@northgatefm.example or 01632 960700.

    Rachel Osei
    """, subject="Automatic reply: Return on investment summary for Northgate", quote="none",
      sig="none", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# --- Carver Roofing: the pushy call, a holiday in Portugal, a competitor named ---------------

mail("cr-01", "ben", "nora", "2026-10-26 19:05", """
    Hi,

    Saw your advert in Roofing Today. We're a team of 7 doing roofs and gutters across Devon. Looking at scheduling apps at the moment. Can someone give me a call?

    Ben
    """, subject="Scheduling app enquiry")
reply("cr-02", "cr-01", "nora", "ben", "2026-10-27 08:30", """
    Hi Ben,

    Thanks for getting in touch - I'm Nora and I look after the South West. I'll ring you on Thursday morning at 10:30, if that works?

    Nora
    """)
mail("cr-03", "nora", "ben", "2026-10-29 16:30", """
    Hi Ben,

    Great speaking today. As discussed, I've attached the order form for the Crew plan for 7 users. If you can sign and return it by Friday I can hold the 10% discount for the first year.

    Any questions, let me know - but I really think this is the right move for you.

    Nora
    """, subject="Order form as discussed",
     attachments=[Attachment("Fieldnote_Order_Form_Carver_Roofing.pdf", "application/pdf",
                             tiny_pdf("Fieldnote Routes - Order form", [
                                 "Customer: Carver Roofing & Guttering. Plan: Crew, 7 users.",
                                 "Price: GBP 40 per user per month, 10% off for 12 months if signed by 30 October 2026.",
                                 "Signature: ____________________   Date: __________"]))])
reply("cr-04", "cr-03", "nora", "ben", "2026-11-04 09:00:03", """
    Hi Ben,

    Did you get a chance to look at the order form? The discount has expired, but I can still honour it if you sign this week.

    Nora
    """)
reply("cr-05", "cr-04", "ben", "nora", "2026-11-04 09:00:12", """
    Thanks for your email. I'm on holiday in Portugal until Friday 13 November and won't be checking emails.

    For quotes and emergencies please ring the office on 01632 960832.

    Ben Carver
    """, subject="Automatic reply: Order form as discussed", quote="none", sig="none",
      headers=[("X-Auto-Response-Suppress", "All")])
reply("cr-06", "cr-04", "ben", "nora", "2026-11-16 09:15", """
    Hi Nora,

    Back from the Algarve (brown and broke). Straight answer: we're leaning towards RouteHawk - they're about 12 quid a head cheaper, and my brother-in-law's firm uses it so I know it works.

    If you've got anything to say on that, now's the time.

    Ben
    """)

# --- Lumière Nettoyage (Lyon): vendor risk, written in ISO-8859-1 and UTF-8 -----------------

mail("lu-01", "helene", "nora", "2026-10-19 08:40", """
    Bonjour Nora,

    Your colleague Sam gave a presentation at the facility services fair in Lyon last month and I kept your brochure. We are a cleaning company with 60 agents on about 90 sites in Lyon and Villeurbanne, and our planning is done in Excel by two people. It is becoming impossible.

    Is it possible to have a demonstration in English? My English is better written than spoken, I warn you!

    Cordialement,
    Hélène
    """, subject="Demande de démonstration - planning", charset="iso-8859-1", cte="8bit",
     name_encoding="q-latin1", subject_encoding="q-latin1")
reply("lu-02", "lu-01", "nora", "helene", "2026-10-19 13:05", """
    Bonjour Hélène,

    Thank you for your message - and your English is excellent. I'd be delighted to show you Fieldnote.

    Would Tuesday 27 October at 10:00 your time work, on Zoom? I'll keep it to 45 minutes and focus on how the planning for 90 sites could work, and I'll leave plenty of time for your questions.

    À bientôt,
    Nora
    """)
reply("lu-03", "lu-02", "helene", "nora", "2026-10-19 15:22", """
    Parfait, mardi 27 à 10h. Merci !

    Hélène
    """, charset="iso-8859-1", cte="8bit", name_encoding="q-latin1", sig="short")
mail("lu-04", "helene", "nora", "2026-10-28 07:55", """
    Bonjour Nora,

    Merci for the demonstration yesterday, my team was very impressed by the planning screen.

    Before we go further I must ask a delicate question. Fieldnote is a small company compared to our current supplier of time-keeping software. What happens to our planning and our data if you are bought, or if you close? For us it would be a catastrophe to lose the planning of 90 sites overnight.

    Cordialement,
    Hélène
    """, subject="Question sécurité / pérennité des données", subject_encoding="b-utf8",
     charset="UTF-8", cte="quoted-printable", name_encoding="b-utf8")
reply("lu-05", "lu-04", "nora", "helene", "2026-10-28 09:30", """
    Bonjour Hélène,

    That is not a delicate question at all - it's the right question, and I would ask it too.

    There is a good answer, but I'd rather talk it through than send you a document you have to decode alone. Could we have 30 minutes on Zoom? Tuesday 10 November at 14:00 your time, perhaps?

    Nora
    """)
reply("lu-06", "lu-05", "helene", "nora", "2026-10-28 10:02", """
    D'accord, mardi 10 novembre 14h. Merci Nora.

    H.M.
    """, charset="iso-8859-1", cte="8bit", name_encoding="q-latin1", sig="short")
mail("lu-07", "nora", "helene", "2026-11-10 14:20", """
    Bonjour Hélène,

    Thank you for your time today, and for being so open about Luc's experience with the start-up that closed - I understand much better now why continuity matters so much to you both.

    As promised, attached is our one-page note on data ownership and continuity: full export at any time, the escrow arrangement, and where the data is hosted. I'd be glad to go through it with Luc directly, in English or with Sam, who speaks better French than I do.

    And I hope the Fête des Lumières goes smoothly for your teams - I've added it to my list of things to see one day.

    Nora
    """, subject="Data ownership and continuity - the note I promised",
     attachments=[Attachment("Fieldnote_Continuity_Overview.docx",
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             CONTINUITY_DOCX)])
reply("lu-08", "lu-07", "helene", "nora", "2026-11-11 08:12", """
    Bonjour Nora,

    Merci, it is very clear. I will share it with Luc this week. We will decide together in December, after the Fête des Lumières - before that, nobody here has a minute to breathe!

    Bonne journée,
    Hélène
    """, charset="iso-8859-1", cte="quoted-printable", name_encoding="q-latin1")

# --- Meadowbank Gardens: won; then a courtesy loop that needs no reply ----------------------

mail("mb-01", "nora", "jonas", "2026-10-19 14:50", """
    Hi Jonas,

    Thanks for the chat this morning, and well done on Chester - 3:41 in that wind is no joke.

    As promised, here's a trial login for you and Kasia: https://app.fieldnote.example/invite/MB-2W9D

    The thing I'd try first is the Monday rebooking, since that's where you said the two hours go.

    Nora
    """, subject="Your Fieldnote trial")
reply("mb-02", "mb-01", "jonas", "nora", "2026-10-20 20:11", """
    Thanks Nora. Kasia's already in and has moved half of next week around. Will report back.

    Jonas
    """)
mail("mb-03", "jonas", "nora", "2026-11-10 12:30", """
    Hi Nora,

    Can we do a quick video call on Thursday? I think we're there, just want to go over the numbers once more with you.

    Jonas
    """, subject="Quick call Thursday?")
reply("mb-04", "mb-03", "nora", "jonas", "2026-11-10 12:55", """
    Hi Jonas,

    Thursday at 11:00 works - here's the Zoom link: https://zoom.example/j/4418820931

    Speak then,
    Nora
    """)
mail("mb-05", "nora", "jonas", "2026-11-12 14:10", """
    Hi Jonas,

    Welcome to Fieldnote - and thank you again for your trust today.

    What happens next:
    - Sam Okafor will email you to book the setup session (one hour, Kasia should join).
    - Your five crews' logins move from trial to live on Monday; nothing is lost.
    - Your first invoice will come on 1 December.

    Good luck with the long run on Sunday!

    Nora
    """, subject="Welcome to Fieldnote - next steps")
reply("mb-06", "mb-05", "jonas", "nora", "2026-11-12 15:02", """
    Thanks Nora, really appreciate all your help getting us here!

    Jonas
    """)
reply("mb-07", "mb-06", "nora", "jonas", "2026-11-12 15:20", """
    No, thank you! It's been a pleasure.

    Nora
    """, sig="short")
reply("mb-08", "mb-07", "jonas", "nora", "2026-11-16 07:45", """
    20 miles in the rain yesterday, legs still complaining. Thanks again - take care!

    Jonas
    """)
reply("mb-09", "mb-08", "nora", "jonas", "2026-11-16 08:30", """
    Ha, impressive! Take care Jonas, speak soon.

    Nora
    """, sig="short")
reply("mb-10", "mb-09", "jonas", "nora", "2026-11-16 09:02", """
    You too! 👍
    """, sig="none")
mail("mb-11", "sam", "jonas", "2026-11-13 10:05", """
    Hi Jonas,

    I'm Sam, I'll be setting Meadowbank up on Fieldnote. Would Tuesday 17 November at 9:30 work for the setup session? It takes about an hour; Kasia should join as she'll run the planning day to day.

    Cheers,
    Sam
    """, cc=["nora"], subject="Meadowbank setup session")
reply("mb-12", "mb-11", "jonas", "sam", "2026-11-13 11:40", """
    Tuesday 9:30 is good for both of us. Thanks Sam.

    Jonas
    """, cc=["nora"])
reply("mb-13", "mb-12", "jonas", "sam", "2026-11-17 11:05", """
    Thanks Sam, great session. The lads are already arguing about who gets the best routes 😂

    Jonas
    """, cc=["nora"])
reply("mb-14", "mb-13", "sam", "jonas", "2026-11-17 11:30", """
    Ha, that's a good sign! Thanks Jonas, any questions just shout.

    Sam
    """, cc=["nora"])

# --- Hart & Daughter Electrical: two questions, no answer yet --------------------------------

mail("he-01", "nora", "imogen", "2026-10-26 12:45", """
    Hi Imogen,

    Thanks for the call - I loved hearing how you and your dad split the business between you.

    For your eight electricians the Crew plan comes to GBP 304 a month, school and council contract job types included. I've set up a trial so you can see your real week: https://app.fieldnote.example/invite/HE-5KP2

    Nora
    """, subject="Fieldnote for Hart & Daughter")
reply("he-02", "he-01", "imogen", "nora", "2026-11-16 10:22", """
    Hi Nora,

    Sorry it's taken a while. We've had a good play with the trial. Two questions before I take it to Dad (he's still half the business, as you know!):

    1. Our lads work split shifts on the school contracts - 6 till 9 in the morning, then 3 till 7 after the kids have gone. Can the planner handle a shift with a gap in the middle, or will it try to fill it?

    2. Is there a discount if we pay annually?

    Thanks,
    Imogen
    """, cte="base64")

# --- Sparkle & Shine: "ask me again in two weeks" - and Nora did, yesterday -----------------

mail("ss-01", "nora", "aisha", "2026-10-21 11:30", """
    Hi Aisha,

    Thanks for the call this morning. Here's the route view I mentioned - 340 domestic rounds on a four-weekly cycle is exactly what it's built for. Trial link: https://app.fieldnote.example/invite/SS-8HT3

    Nora
    """, subject="Window rounds in Fieldnote")
mail("ss-02", "aisha", "nora", "2026-11-04 12:10", """
    Hi Nora,

    Timing's not great, sorry. We're halfway through switching our accounts software and I can't do two systems at once without a mutiny.

    Ask me again in a couple of weeks?

    Aisha
    """, subject="Re: Window rounds in Fieldnote", message_id=None)
reply("ss-03", "ss-02", "nora", "aisha", "2026-11-04 12:40", """
    Of course - one thing at a time. I'll give you a ring in the week of the 16th.

    Good luck with the switch!
    Nora
    """, sig="short")
reply("ss-04", "ss-03", "aisha", "nora", "2026-11-18 09:05", """
    Hi Nora, accounts thing is done (finally!). I'm free tomorrow afternoon if you want to call.

    Aisha
    """)
reply("ss-05", "ss-04", "nora", "aisha", "2026-11-18 09:20", """
    Brilliant - I'll ring you at 2 tomorrow.

    Nora
    """, sig="short")
mail("ss-06", "nora", "aisha", "2026-11-19 15:05", """
    Hi Aisha,

    Thanks for the call - lovely to hear the accounts switch went well in the end.

    As agreed, your trial restarts on 1 December with all three vans, and we'll review together on 15 December. Logins will follow from Sam next week.

    Nora
    """, subject="Trial from 1 December")
reply("ss-07", "ss-06", "aisha", "nora", "2026-11-19 15:40", """
    Brilliant, thanks Nora!
    """, sig="none")

# --- Oakleaf Care: "could we meet in person next week?" (not yet answered) -------------------

mail("oc-01", "nora", "samira", "2026-11-06 11:00", """
    Hi Samira,

    Thank you for the time this morning. Planning 30 carers' visits around people's medication times is a very different job from planning plumbers, and I appreciated you walking me through a real day.

    I've set up a trial with your Tuesday rota loaded: https://app.fieldnote.example/invite/OC-3MV6

    Nora
    """, cc=["lewis"], subject="Your rota in Fieldnote")
reply("oc-02", "oc-01", "lewis", "nora", "2026-11-09 09:15", """
    Hi Nora,

    Before we put any real client data in: where is the data hosted, and can you send your data processing agreement? We're CQC-registered so I need to check both.

    Thanks,
    Lewis
    """, cc=["samira"])
reply("oc-03", "oc-02", "nora", "lewis", "2026-11-09 10:40", """
    Hi Lewis,

    Hosted in the UK and the EU (London primary, Dublin backup); nothing leaves the EU. Our standard data processing agreement is here: https://fieldnote.example/legal/dpa - happy to sign yours instead if you have one.

    Nora
    """, cc=["samira"])
reply("oc-04", "oc-03", "samira", "nora", "2026-11-19 16:55", """
    Hi Nora,

    Thanks both. Lewis is happy with the DPA and we've tried the trial with dummy clients - the carers found the app easy.

    Could we meet in person next week? Tuesday 24th or Wednesday 25th would work, at our office in Stockport. I'd like our deputy manager there too.

    Best,
    Samira
    """, cc=["lewis"])

# --- Riverside Locksmiths: a meeting already set ---------------------------------------------

mail("rl-01", "nora", "daniel", "2026-11-11 10:30", """
    Hi Daniel,

    Thanks for ringing this morning. As agreed, I'll come to the workshop on Tuesday 24 November at 10:00 and show you the emergency call-out board on a tablet. Invitation attached.

    Nora
    """, subject="Invitation: Fieldnote demo at Riverside Locksmiths, Tue 24 Nov 10:00",
     attachments=[Attachment("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                             ics_request("c4b1f0e2-6d3a-4c2e-9a7e-24nov-riverside@fieldnote.example",
                                         utc("2026-11-24 10:00"), 60,
                                         "Fieldnote demo at Riverside Locksmiths",
                                         "Riverside Locksmiths workshop, Salford",
                                         "nora.castellane@fieldnote.example",
                                         ["daniel@riversidelocks.example"]),
                             inline_text=True)])
reply("rl-02", "rl-01", "daniel", "nora", "2026-11-11 11:02", """
    Daniel Price has accepted this invitation.

    Fieldnote demo at Riverside Locksmiths
    Tuesday 24 Nov 2026 10am - 11am (GMT)
    Riverside Locksmiths workshop, Salford
    """, subject="Accepted: Fieldnote demo at Riverside Locksmiths @ Tue 24 Nov 2026 10am - 11am (GMT)",
      quote="none", sig="none",
      attachments=[Attachment("invite.ics", "text/calendar; charset=UTF-8; method=REPLY",
                              ics_request("c4b1f0e2-6d3a-4c2e-9a7e-24nov-riverside@fieldnote.example",
                                          utc("2026-11-24 10:00"), 60,
                                          "Fieldnote demo at Riverside Locksmiths",
                                          "Riverside Locksmiths workshop, Salford",
                                          "nora.castellane@fieldnote.example",
                                          ["daniel@riversidelocks.example"],
                                          method="REPLY", partstat="ACCEPTED"),
                              inline_text=True)])

# --- Marsh & Co Gas Services: a customer nobody has really spoken to since July -------------

mail("mg-01", "nora", "eleanor", "2026-07-28 10:15", """
    Hi Eleanor,

    Following our call this morning: your renewal is due on 31 December. Please let me know by the end of September whether you'd like to keep all eight seats or remove the two unused ones.

    Regards,
    Nora
    """, subject="Your Fieldnote renewal", box="archive", flags="RS")
reply("mg-02", "mg-01", "eleanor", "nora", "2026-08-04 18:22", """
    Hi Nora,

    Leave it with me - Tariq starts in September so I may need one of those seats back after all.

    Not much happening here until the autumn rush, apart from planning our 25th wedding anniversary on 21 November. Pete has booked a cottage in the Lakes and won't tell me where!

    Eleanor
    """, box="archive")
mail("mg-03", "eleanor", "nora", "2026-09-14 08:05", """
    Hi Nora,

    Our bookkeeper says the September invoice shows VAT on the whole amount including the onboarding credit. Can you check?

    Thanks,
    Eleanor
    """, subject="Invoice query")
reply("mg-04", "mg-03", "nora", "eleanor", "2026-09-14 11:30", """
    Hi Eleanor,

    You're right, sorry about that. Billing will send a corrected invoice today.

    Nora
    """, cc=["billing"])
reply("mg-05", "mg-04", "eleanor", "nora", "2026-09-14 12:02", """
    Thank you!

    Eleanor
    """, sig="none")
mail("mg-06", "billing", "nora", "2026-11-16 07:00", """
    Renewal reminder - account owner: Nora Castellane

    Account: Marsh & Co Gas Services
    Plan: Crew, 8 seats
    Renewal date: 31 December 2026
    Renewal notice sent: 2 November 2026
    Customer response: none

    This is an automated message from Fieldnote Billing.
    """, subject="[Renewals] Marsh & Co Gas Services - no response to renewal notice",
     headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
mail("mg-07", "nora", "eleanor", "2026-11-17 09:30", """
    Hi Eleanor,

    I hope the autumn rush hasn't been too wild. Your renewal comes up on 31 December - shall I keep all eight seats now that Tariq has joined?

    Nora
    """, subject="Your renewal on 31 December")

# --- Summit Solar: a quote in August, a new baby, and silence since -------------------------

mail("su-01", "nora", "victor", "2026-08-20 13:10", """
    Hi Victor,

    Thanks for walking me through how your install teams are booked. Quote attached as discussed: Crew plan, 12 installers, GBP 456 a month, with the survey-to-install handover workflow.

    Nora
    """, subject="Quote - Summit Solar", box="archive", flags="RS",
     attachments=[Attachment("Fieldnote_Quote_Summit_Solar.pdf", "application/pdf",
                             tiny_pdf("Fieldnote Routes - Quote for Summit Solar Installers", [
                                 "12 installers, Crew plan, GBP 38 per installer per month.",
                                 "Survey-to-install handover workflow included.",
                                 "Valid until 31 December 2026."]))])
reply("su-02", "su-01", "victor", "nora", "2026-08-21 07:30", """
    Thanks Nora, will review with the team.

    Bit of a hectic month coming up - baby due early September! - so bear with me if I go quiet.

    Victor
    """, box="archive")
mail("su-03", "nora", "victor", "2026-10-05 09:40", """
    Hi Victor,

    I hope the new arrival came safely and everyone is well. No rush at all - whenever you're ready, I'm happy to pick the quote back up.

    Nora
    """, subject="Checking in")

# --- Quayside Couriers: a contact who left; a bounce; a new contact -------------------------

mail("qc-01", "jo", "nora", "2026-08-12 15:40", """
    Hi Nora,

    Thanks for the call. We're not in a position to change anything before the autumn, but I'd like to revisit in October/November when the new depot is open.

    Jo
    """, subject="Revisit in the autumn", box="archive")
reply("qc-02", "qc-01", "nora", "jo", "2026-08-12 16:05", """
    Thanks Jo, that makes sense. I'll be in touch in early November - good luck with the depot move.

    Nora
    """, box="archive", flags="S")
reply("qc-03", "qc-02", "nora", "jo", "2026-11-09 10:02:07", """
    Hi Jo,

    As promised, checking back in now the new depot should be open. Is it a good time to pick up the conversation about route planning?

    Nora
    """)
mail("qc-05", "marcus", "nora", "2026-11-10 08:50", """
    Hi Nora,

    I saw your email to Jo bounce back. Jo has left Quayside Couriers - please contact me for anything operational from now on.

    Happy to hear what you and Jo had been discussing. The new depot opened last month and we're now running 22 vans.

    Regards,
    Marcus
    """, subject="Jo Pennington has left Quayside")
reply("qc-06", "qc-05", "nora", "marcus", "2026-11-10 09:35", """
    Hi Marcus,

    Thank you for letting me know, and congratulations on the new depot. I'll give you a ring next week to introduce myself properly - what's the best number for you?

    Nora
    """)
reply("qc-07", "qc-06", "marcus", "nora", "2026-11-10 10:10", """
    Mobile's best: +44 7700 900702. Afternoons usually.

    Marcus
    """, sig="none")

# --- Tolley Tree Surgery: an unsubscribe ---------------------------------------------------

mail("tt-01", "nora", "graham", "2026-10-20 10:00", """
    Hi Graham,

    I came across Tolley Tree Surgery at the county show. Planning crews around the weather is something we help a lot of arborists with - would a 15-minute call be of interest?

    Nora
    """, subject="Planning crews around the weather")
reply("tt-02", "tt-01", "nora", "graham", "2026-10-27 10:00", """
    Hi Graham,

    Just following up on my note last week - would a quick call be useful?

    Nora
    """, sig="short")
reply("tt-03", "tt-02", "graham", "nora", "2026-10-30 18:44", """
    Please take me off your list. Not interested.

    Sent from my iPhone
    """, sig="none", quote="apple")
reply("tt-04", "tt-03", "nora", "graham", "2026-10-31 08:15", """
    Hi Graham, done - you won't hear from me again. Sorry for the bother.

    Nora
    """, sig="short")

# --- Vogel Haustechnik (Germany): enquiry, proposal, and a German out-of-office --------------

mail("vh-01", "katrin", "nora", "2026-11-02 09:30", """
    Dear Ms Castellane,

    We are a heating and plumbing company near Freiburg with 12 fitters. A British customer of ours recommended Fieldnote. Do you support customers in Germany, and is the driver app available in German?

    Kind regards
    Katrin Vogel
    """, subject="Enquiry from Germany", charset="utf-8", cte="quoted-printable", sig="full")
reply("vh-02", "vh-01", "nora", "katrin", "2026-11-03 10:15", """
    Dear Ms Vogel,

    Thank you for your enquiry. Yes on both counts: we have customers in Germany and Austria, and the driver app and job sheets are available in German.

    I'll prepare a proposal for 12 fitters and send it across this month.

    Kind regards,
    Nora Castellane
    """)
reply("vh-03", "vh-02", "nora", "katrin", "2026-11-16 14:30:02", """
    Dear Ms Vogel,

    As promised, our proposal for Vogel Haustechnik is here: https://fieldnote.example/p/VH-1211 - 12 fitters on the Crew plan, German-language app and onboarding by our colleague in Munich.

    I'd be glad to arrange a short call to walk you through it.

    Kind regards,
    Nora Castellane
    """, subject="Proposal for Vogel Haustechnik")
reply("vh-04", "vh-03", "katrin", "nora", "2026-11-16 14:30:09", """
    Sehr geehrte Damen und Herren,

    vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Herrn Jürgen Brandt (j.brandt@vogel-haustechnik.example).

    Mit freundlichen Grüßen
    Katrin Vogel

    Thank you for your message. I am out of the office until 27 November 2026 inclusive and have no access to my e-mails.
    """, subject="Abwesenheitsnotiz: Proposal for Vogel Haustechnik",
      charset="iso-8859-1", cte="quoted-printable", quote="none", sig="none", plain_only=True,
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("Precedence", "auto_reply")])

# --- Cactus Pool Service (Phoenix, AZ): a question answered, then voicemails ---------------

mail("cp-01", "brandon", "nora", "2026-10-28 17:02", """
    Hi Nora,

    Found Fieldnote through a thread on the pool pros forum. Do you work with US companies? I've got 5 techs running weekly pool routes in Phoenix and Scottsdale, about 400 pools.

    Thanks
    Brandon
    """, subject="Pool routes in Phoenix")
reply("cp-02", "cp-01", "nora", "brandon", "2026-10-28 17:40", """
    Hi Brandon,

    We do - about a fifth of our customers are in the US, several of them pool and spa companies. Could I call you on Friday at 10am Arizona time? I'd like to hear how your weekly routes are built before I show you anything.

    Nora
    """)
reply("cp-03", "cp-02", "brandon", "nora", "2026-10-28 18:15", """
    Friday 10am works. (602) 555-0147.

    B
    """, sig="none")
mail("cp-04", "nora", "brandon", "2026-10-30 18:05", """
    Hi Brandon,

    Thanks for the call. As discussed: Crew plan, 5 techs at USD 49 per tech per month, chemical readings and photo-on-completion included, and your weekly routes rebalanced automatically when you add a pool.

    Nora
    """, subject="Fieldnote for Cactus Pool Service")
reply("cp-05", "cp-04", "brandon", "nora", "2026-11-02 15:30", """
    Thanks Nora. Last thing - does it sync with LedgerLeaf? That's where all our invoicing lives.

    Brandon
    """)
reply("cp-06", "cp-05", "nora", "brandon", "2026-11-03 09:10", """
    Hi Brandon,

    Yes - there's a two-way LedgerLeaf sync: customers and pools come in, completed visits go out as invoice lines.

    Nora
    """)
reply("cp-07", "cp-06", "nora", "brandon", "2026-11-17 17:45", """
    Hi Brandon,

    I left you a voicemail just now and on Friday. No pressure - just wanted to check whether the LedgerLeaf answer settled it or if there's something else on your mind.

    Nora
    """, sig="short")

# --- Petal Post: asked for a call; Nora called yesterday -----------------------------------

mail("pp-01", "nora", "lucy", "2026-11-02 17:10", """
    Hi Lucy,

    Lovely to talk this afternoon, and sorry I missed you earlier. I've set up a trial with your three delivery vans and the timed-delivery slots: https://app.fieldnote.example/invite/PP-6RN1

    Nora
    """, subject="Petal Post trial")
reply("pp-02", "pp-01", "lucy", "nora", "2026-11-18 15:20", """
    Hi Nora,

    Could you give me a ring tomorrow? I want to talk numbers before the Christmas rush - we'll be doing 3x the deliveries from the 10th.

    Lucy
    """)
reply("pp-03", "pp-02", "nora", "lucy", "2026-11-18 15:45", """
    Of course - 11:30 tomorrow?

    Nora
    """, sig="short")
reply("pp-04", "pp-03", "lucy", "nora", "2026-11-18 15:51", """
    Perfect 👍
    """, sig="none")
mail("pp-05", "nora", "lucy", "2026-11-19 12:00", """
    Hi Lucy,

    Thanks for the call. As agreed: Crew plan for 3 vans plus 2 seasonal drivers from 7 December, monthly rolling so you can drop the seasonal seats in January. Order form to follow tomorrow.

    Nora
    """, subject="Petal Post - what we agreed")

# --- Ferris Mobile Valeting: a customer on a personal address (texts mostly) ----------------

mail("fv-01", "chloe", "nora", "2026-11-12 20:15", """
    Hi Nora, is tomorrow at 1 still ok for the setup call? Chloe x
    """, subject="Tomorrow", sig="mobile")
reply("fv-02", "fv-01", "nora", "chloe", "2026-11-12 20:40", """
    Yes, 1pm is perfect - speak then!

    Nora
    """, sig="short")

# --- Colleagues -----------------------------------------------------------------------------

mail("in-01", "hal", "nora", "2026-07-31 16:00", """
    Hi Nora,

    Good first month. For August, focus on getting real conversations going with the pipeline you inherited from Phil - Marsh & Co, Summit Solar and Quayside especially.

    Hal
    """, subject="August focus", box="archive")
mail("in-02", "hal", "nora", "2026-11-19 17:30", """
    Hi Nora,

    For tomorrow's pipeline review, can you bring your call list for the day? Harbourline and Aldersgate both look wobbly from the CRM notes - I'd rather we talked to them than wrote to them.

    Hal
    """, subject="Pipeline review Friday")
reply("in-03", "in-02", "nora", "hal", "2026-11-19 17:52", """
    Will do. Both are on it.

    Nora
    """, sig="short")
mail("in-04", "sam", "nora", "2026-11-12 16:20", """
    Hi Nora,

    Congrats on Meadowbank! I've emailed Jonas to book the setup. Anything I should know about how they work before I do?

    Sam
    """, subject="Meadowbank setup")
reply("in-05", "in-04", "nora", "sam", "2026-11-12 16:40", """
    Thanks Sam! Kasia runs the planning, Jonas signs things off. The Monday rebooking is the thing they care about - show her that first. Oh, and if Jonas mentions running, you'll lose ten minutes, so budget for it.

    Nora
    """, sig="short")

# --- Automatic mail: newsletters, a webinar invitation, a receipt ----------------------------

NEWSLETTER_FOOTER = ("You are receiving this because you subscribed at fieldopsweekly.example.\n"
                     "Unsubscribe: https://news.fieldopsweekly.example/u/8c1f2e")
for i, (when, title, lead) in enumerate([
        ("2026-08-06 06:00", "Why your technicians hate the Monday plan",
         "Three field-service firms on what changed when they stopped planning Mondays on Friday."),
        ("2026-09-17 06:00", "Winter readiness for heating engineers",
         "Breakdown season starts in six weeks. Here is a checklist for the office, not the van."),
        ("2026-10-22 06:00", "The true cost of a missed appointment",
         "We asked 200 small service businesses what a no-access visit costs them. The median: GBP 68."),
        ("2026-11-19 06:00", "Pricing your services for 2027",
         "Inflation has cooled, wages have not. How five owners are setting next year's day rates."),
]):
    mail(f"nl-{i + 1}", "fieldops", "nora", when, f"""
        FieldOps Weekly - {title}

        {lead}

        Read the full issue: https://news.fieldopsweekly.example/issues/{2026}{i + 30}

        --
        {NEWSLETTER_FOOTER}
        """.replace("\n        ", "\n"), subject=f"FieldOps Weekly: {title}",
         box="archive" if i == 0 else ("archive-new" if i == 3 else "inbox"), flags="S",
         headers=[("List-Id", "FieldOps Weekly <weekly.news.fieldopsweekly.example>"),
                  ("List-Unsubscribe", "<https://news.fieldopsweekly.example/u/8c1f2e>, "
                                       "<mailto:unsubscribe@news.fieldopsweekly.example?subject=8c1f2e>"),
                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                  ("Precedence", "bulk")])
mail("ev-01", "salesguild", "nora", "2026-11-09 12:00", """
    Live webinar: Stop following up by email

    Thursday 26 November, 12:30 GMT. Forty minutes, no slides, one question per attendee.

    Save your seat: https://salesguild.example/webinars/2611

    You can change your email preferences at https://salesguild.example/prefs
    """, subject="Webinar: Stop following up by email", html_only=True,
     headers=[("List-Unsubscribe", "<https://salesguild.example/prefs>"), ("Precedence", "bulk")])
mail("rx-01", "rail", "nora", "2026-10-16 19:30", """
    Your e-ticket receipt

    Manchester Piccadilly to Bristol Temple Meads
    Wednesday 21 October 2026, departing 17:27
    Off-peak return, 1 adult with Railcard

    Total paid: GBP 71.40
    Booking reference: RC7Q2KD4

    This mailbox is not monitored. Please do not reply to this email.
    """, subject="Your e-ticket receipt RC7Q2KD4",
     headers=[("Auto-Submitted", "auto-generated")])


def add_bounce() -> None:
    """Postfix-style delivery status notification for Nora's note to Jo (who has left)."""
    orig = BY_LABEL["qc-03"]
    b = "9C4E12A0F7.1794218534/mx1.fieldnote.example"
    orig_headers = "\n".join([
        "Return-Path: <nora.castellane@fieldnote.example>",
        f"Date: {rfc5322_date('uk', orig.at)}",
        "From: Nora Castellane <nora.castellane@fieldnote.example>",
        "To: Jo Pennington <jo.pennington@quaysidecouriers.example>",
        f"Subject: {subject_of(orig)}",
        f"Message-ID: {msgid_of(orig)}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 7bit",
    ])
    body = f"""This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.fieldnote.example.

Your message could not be delivered to one or more recipients.
The headers of the message are attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<jo.pennington@quaysidecouriers.example>: host
    mx.quaysidecouriers.example[198.51.100.25] said: 550 5.1.1
    <jo.pennington@quaysidecouriers.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.fieldnote.example
X-Postfix-Queue-ID: 9C4E12A0F7
X-Postfix-Sender: rfc822; nora.castellane@fieldnote.example
Arrival-Date: {rfc5322_date('utc', orig.at)} (GMT)

Final-Recipient: rfc822; jo.pennington@quaysidecouriers.example
Original-Recipient: rfc822;jo.pennington@quaysidecouriers.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.quaysidecouriers.example
Diagnostic-Code: smtp; 550 5.1.1 <jo.pennington@quaysidecouriers.example>:
    Recipient address rejected: User unknown in virtual mailbox table

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{orig_headers}

--{b}--
"""
    m = mail("qc-04", "mailerdaemon", "nora", "2026-11-09 10:02:14", "",
             subject="Undelivered Mail Returned to Sender",
             message_id="<20261109100214.9C4E12A0F7@mx1.fieldnote.example>",
             raw_from="MAILER-DAEMON@mx1.fieldnote.example (Mail Delivery System)",
             headers=[("Auto-Submitted", "auto-replied")])
    m.raw_body = body.encode()
    m.raw_content_headers = [
        "Content-Type: multipart/report; report-type=delivery-status;",
        f'\tboundary="{b}"',
        "Content-Transfer-Encoding: 8bit",
    ]


add_bounce()


# ---------------------------------------------------------------------------
# Mail containers
# ---------------------------------------------------------------------------

def box_of(m: Mail) -> str:
    if m.box:
        return m.box
    return "sent" if m.frm == "nora" else "inbox"


def mboxrd_escape(raw: bytes) -> bytes:
    return re.sub(rb"(?m)^(>*From )", rb">\1", raw)


def mbox_from_line(m: Mail) -> bytes:
    t = m.at.astimezone(UTC)
    return f"From {PEOPLE[m.frm].email if not m.raw_from else 'MAILER-DAEMON'} {t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}\n".encode()


# Messages saved on their own as .eml besides living in a mailbox (same Message-ID):
# an importer must count each of them once.
EML_COPIES = [("hb-10", "harbourline-proposal.eml")]


def write_mail(out: Path) -> dict[str, int]:
    maildir = out / "mail" / "archive"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    # git keeps no empty folders; Maildir readers skip dot files by convention
    (maildir / "tmp" / ".keep").write_bytes(b"")
    boxes: dict[str, list[Mail]] = {}
    built: dict[str, bytes] = {}
    for m in MAILS:
        built[m.label] = build_mail(m)
    counts: dict[str, int] = {}
    for m in sorted(MAILS, key=lambda x: x.at):
        box = box_of(m)
        if box == "none":
            continue
        boxes.setdefault(box, []).append(m)
    for box, ms in boxes.items():
        counts[box] = len(ms)
        if box in ("inbox", "sent"):
            with open(out / "mail" / f"{box}.mbox", "wb") as f:
                for m in ms:
                    raw = built[m.label]
                    f.write(mbox_from_line(m))
                    f.write(mboxrd_escape(raw))
                    if not raw.endswith(b"\n"):
                        f.write(b"\n")
                    f.write(b"\n")
        elif box in ("archive", "archive-new"):
            for n, m in enumerate(ms, 1):
                stamp = int(m.at.timestamp())
                base = f"{stamp}.M{100 + n}P{4100 + n}.nora-laptop"
                if box == "archive":
                    path = maildir / "cur" / f"{base}:2,{m.flags}"
                else:
                    path = maildir / "new" / base
                path.write_bytes(built[m.label])
        elif box.startswith("eml:"):
            for m in ms:
                (out / "mail" / box[4:]).write_bytes(built[m.label])
        else:
            raise ValueError(box)
    for label, name in EML_COPIES:
        # saved from Outlook on Windows: CRLF line endings
        (out / "mail" / name).write_bytes(built[label].replace(b"\n", b"\r\n"))
        counts["eml-copy"] = counts.get("eml-copy", 0) + 1
    return counts


# ---------------------------------------------------------------------------
# Call and meeting transcripts
# ---------------------------------------------------------------------------

@dataclass
class Call:
    filename: str
    fmt: str                 # teams_vtt | zoom_vtt | srt | plain | zoom_txt
    start: datetime          # UTC
    zone: str
    speakers: dict[str, str]
    turns: list[tuple]       # (speaker key, text) or (speaker key, text, pause before in s)
    end_abruptly: bool = False
    timed: list[tuple[str, float, float, str]] = field(default_factory=list)  # computed

    def compute(self) -> None:
        r = seeded("call", self.filename)
        t = 1.0 + r.random()
        out = []
        for turn in self.turns:
            key, text = turn[0], turn[1]
            if len(turn) > 2:
                t += turn[2]
            words = len(text.split())
            dur = max(0.7, words / 2.55 + 0.25 + r.random() * 0.4)
            out.append((self.speakers[key], t, t + dur, text))
            t += dur + 0.15 + r.random() * 0.8
        self.timed = out

    @property
    def duration_s(self) -> int:
        return int(round(self.timed[-1][2]))


CALLS: list[Call] = []


def call(filename: str, fmt: str, start: str, zone: str, speakers: dict[str, str], script: str,
         **kw) -> Call:
    """script: one turn per line, 'K: text'; '(12) K: text' puts a 12 s gap before the turn."""
    turns = []
    for line in textwrap.dedent(script).strip().split("\n"):
        if not line.strip():
            continue
        mm = re.match(r"^(?:\((\d+(?:\.\d+)?)\)\s*)?(\w+):\s*(.*)$", line.strip())
        if not mm:
            raise ValueError(f"{filename}: bad line {line!r}")
        pause, key, text = mm.groups()
        turns.append((key, text, float(pause)) if pause else (key, text))
    c = Call(filename, fmt, utc(start), zone, speakers, turns, **kw)
    c.compute()
    CALLS.append(c)
    return c


def split_sentences(text: str, max_words: int) -> list[str]:
    """Caption engines cut long turns into several cues at sentence ends."""
    sentences = re.split(r"(?<=[.?!])\s+", text)
    chunks, cur = [], []
    for s in sentences:
        if cur and len(" ".join(cur + [s]).split()) > max_words:
            chunks.append(" ".join(cur))
            cur = []
        cur.append(s)
    if cur:
        chunks.append(" ".join(cur))
    return chunks


def cues(c: Call, max_words: int) -> list[tuple[str, float, float, str]]:
    out = []
    for name, start, end, text in c.timed:
        parts = split_sentences(text, max_words)
        total = sum(len(p.split()) for p in parts)
        t = start
        for p in parts:
            share = (end - start) * len(p.split()) / total
            out.append((name, t, t + share, p))
            t += share
    return out


def ts(seconds: float, sep: str = ".") -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def render_call(c: Call) -> str:
    if c.fmt == "teams_vtt":
        u = hexid(32, "teams", c.filename)
        guid = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
        lines = ["WEBVTT", ""]
        for n, (name, a, b, text) in enumerate(cues(c, 40)):
            lines += [f"{guid}/{17 + n * 3}-{n % 2}", f"{ts(a)} --> {ts(b)}", f"<v {name}>{text}</v>", ""]
        return "\n".join(lines)
    if c.fmt == "zoom_vtt":
        lines = ["WEBVTT", ""]
        for n, (name, a, b, text) in enumerate(cues(c, 22), 1):
            lines += [str(n), f"{ts(a)} --> {ts(b)}", f"{name}: {text}", ""]
        return "\n".join(lines)
    if c.fmt == "srt":
        lines = []
        for n, (name, a, b, text) in enumerate(cues(c, 22), 1):
            lines += [str(n), f"{ts(a, ',')} --> {ts(b, ',')}", f"{name}: {text}", ""]
        return "\n".join(lines)
    if c.fmt == "plain":
        lines = []
        for name, a, _b, text in c.timed:
            s = int(a)
            lines.append(f"[{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}] {name}: {text}")
        return "\n".join(lines) + "\n"
    if c.fmt == "zoom_txt":
        lines = []
        t0 = local(c.zone, c.start)
        for name, a, _b, text in cues(c, 30):
            wall = t0 + timedelta(seconds=a)
            lines += [f"[{name}] {wall:%H:%M:%S}", text, ""]
        return "\n".join(lines)
    raise ValueError(c.fmt)


NORA = "Nora Castellane"

call("2026-10-14_harbourline_discovery_meeting.vtt", "teams_vtt", "2026-10-14 09:00", "uk",
     {"N": NORA, "P": "Priya Raman", "T": "Tom Achebe"}, """
    N: Morning! Can you both hear me okay?
    P: Yes, loud and clear. Morning Nora.
    T: Morning. Hang on, let me just... there we go. Sorry, the dog's decided this is his moment.
    N: Is that Biscuit? Tom, you did warn me.
    T: That's him. He's a rescue greyhound, so he's either asleep or, uh, absolutely convinced someone's at the door.
    N: How long have you had him?
    T: Two years in January. He raced for, I think, three seasons, and then he came to us. Best thing we've done, honestly.
    N: Oh, that's lovely. And Priya, are you at the depot today?
    P: I am, yes, in the glass box, as the drivers call it. It's, um, it's all go this week because my daughter's got her last placement assessment before her graduation, so I'm half here and half on the phone to her.
    N: Congratulations! When's the graduation?
    P: December, in Leeds. She's done physiotherapy. I'm very proud, and I'm also trying to find a hotel room in Leeds for the twelfth of December, which is apparently impossible.
    N: Every other parent in the country had the same idea, I imagine.
    P: Exactly that.
    N: Well, I hope you find one. So, um, thank you both for making the time. What I'd like to do, if it's alright with you, is mostly ask questions. How you plan the day now, what works, what doesn't. And then, only if it makes sense, show you a little bit at the end. Does that work?
    P: That works.
    T: Yep.
    N: Great. So, Tom, maybe start with you. Walk me through a normal morning at Avonmouth, from when you get in to when the last van leaves.
    T: Right. So, uh, I'm in for six. We've got fourteen vans. The jobs for the day come out of the booking system the night before as a spreadsheet, and I, well, I basically sort them by postcode area and then shuffle them around on the whiteboard until they fit. Then I type the routes into the drivers' WhatsApp group. Last van's usually gone by half seven.
    N: Mm-hm. And how long does the building part take you?
    T: About an hour and a half. On a Monday, two, sometimes more.
    N: What makes Monday different?
    T: Monday's everything that didn't happen on Friday, plus sick calls. If someone rings in sick at half five, I'm, I mean, I'm basically starting again.
    N: I see. How often does that happen, roughly?
    T: Once or twice a week. More in winter.
    N: And when it does, what happens to the customers on that route?
    P: That's where it hurts us. Some of them get moved to the next day, and we've got a few customers with timed deliveries, builders' merchants mostly, who, uh, don't take that well.
    N: Tell me more about the builders' merchants.
    P: So, we've just won a contract with a merchant group. I can't name them yet. It starts in January and it's about a third more drops, all with morning windows. Which is great, obviously, but Tom's whiteboard is already full.
    T: It's full at fourteen vans. We're going to seventeen.
    N: Right. So January is really what's making this a priority now.
    P: Yes. If we go into January doing it the way we do now, I think we'll miss windows in the first week, and, um, that's not the start we want with a new customer.
    N: That makes sense. What would good look like for you, say, six months from now?
    P: Tom goes home at a normal time. Nobody's re-planning routes on WhatsApp. And, um, I can show the merchant a report that says we hit their windows.
    T: And I'd like to not start at six.
    N: Fair enough! Have you looked at any tools before?
    P: We trialled one two years ago. It was built for big fleets, honestly. Very clever, very expensive, and it took a consultant to change anything.
    N: What would need to be different this time?
    P: Something Tom can change himself at half five in the morning without ringing anyone.
    N: Got it. And who else, besides the two of you, would be involved in deciding?
    P: Me, and our finance director signs off anything over ten thousand a year.
    N: Okay, thank you. Can I check I've understood? The planning itself takes Tom an hour and a half, but the real cost is the re-plan when someone calls in sick, and that gets worse in January with seventeen vans and timed windows. And you need something Tom can run himself, not a consultant's tool.
    P: That's it exactly.
    T: Yeah.
    N: Then, based on that, there are two things I'd show you. The first is the re-plan. When a driver's off, you mark him off, and it spreads his drops across the other vans while keeping the merchant windows fixed. Tom gets a suggested plan in about a minute and can drag things around if he disagrees. The second is the driver app, so the route goes to the phone instead of WhatsApp, and the merchant gets a text when the van is twenty minutes away.
    T: Does it know that some of our vans can't go under the height barrier at, um, the retail park?
    N: It does. You'd set a height per van and a restriction on that site. It's the kind of thing you set once and forget.
    T: Okay. That's actually the thing the last one couldn't do.
    N: Pricing-wise, for seventeen vans you'd be on the Fleet plan, which is forty-four pounds per van per month, driver app included. But honestly, I don't think a screen share is the best way to judge it.
    P: What do you suggest?
    N: I'd like to come to the depot. Watch one of Tom's mornings, the real whiteboard, and then show you the re-plan with your own Monday. Would that be useful?
    P: Yes, I'd prefer that, actually.
    T: As long as you don't mind half six.
    N: I'll bring the coffee. How about Thursday the twenty-second?
    P: Let me look. Thursday the twenty-second works for me. Tom?
    T: Yep, I'm in.
    N: Brilliant. So I'll be there at half six to watch the plan, and then at ten o'clock, Priya, you join us for the walk-through?
    P: Perfect.
    N: Great. So, just to recap: I'll send a short summary today with what I heard, so you can correct me. I'll be at Avonmouth at half six on the twenty-second, and Priya joins at ten. If anything comes up before then, ring me or drop me a line. My mobile's in my signature.
    P: Lovely. Thanks Nora, that was really useful.
    T: Cheers Nora.
    N: Thank you both, really. Say bye to Biscuit for me. I'll wait for you to sign off.
    P: Bye!
    T: Bye, bye.
    """)

call("2026-10-29_carver_roofing_call.srt", "srt", "2026-10-29 10:30", "uk",
     {"N": NORA, "B": "Ben Carver"}, """
    N: Hi, is that Ben? It's Nora from Fieldnote, you sent us an enquiry about scheduling.
    B: Oh, hi, yeah, that's me. Hang on, I'm just in the van. Go on.
    N: Great, thanks for taking the call. So I'll tell you a bit about us. Fieldnote Routes is the scheduling and route planning platform for small service businesses. We've got over a thousand customers across the UK and Europe, roofers, plumbers, electricians, all sorts. The way it works is your office books jobs into the planner, and the optimiser builds each crew's day automatically, so you're not driving from one end of Devon to the other. Your lads get the jobs on the driver app with the address, the photos and the notes, and they can take photos of the finished job, get the customer to sign on the screen, and the job sheet goes straight back to the office. It's got customer arrival texts, so the customer gets a text when the crew is twenty minutes away, which cuts your wasted visits. We've got a weather module as well that's really popular with roofers. It flags jobs when there's rain or high wind forecast, so you can move them the day before. And then the reporting shows you how many jobs each crew did, the miles, the time on site, everything. Most of our customers save around five hours a week in the office in the first month alone.
    B: Right. Okay.
    N: And it's all in the cloud, so there's nothing to install. You can be up and running in a day.
    B: Does it do quotes? Most of our work starts with a quote visit.
    N: It does, yes. A quote visit is just a job type, and you convert the quote into a job with one click. You can attach the photos from the quote visit so the crew sees the roof before they turn up. And there's a customer portal where they can accept the quote online.
    B: Okay.
    N: Do you use a calendar at the moment?
    B: Yeah, a shared calendar. And the whiteboard in the yard.
    N: Right, so this would replace both.
    B: Mm.
    N: And how many jobs a week do you do, roughly?
    B: Thirty, forty. Depends on the weather.
    N: Great, so the weather module would be perfect for you.
    B: Maybe, yeah.
    N: So for a team of seven you'd be on our Crew plan, that's forty pounds per user per month, and at the moment we're running a ten percent discount for the first year if you sign before the end of the month. So I can send you the order form today and you could be up and running next week. How does that sound?
    B: Well, I mean, I've only just started looking really.
    N: Of course, but the discount's only until Friday, so it's worth moving quickly. What's stopping you?
    B: I'm also talking to RouteHawk. They came in at about, uh, twenty-eight a head.
    N: RouteHawk's fine for basic stuff, but they don't have the weather module and their app is, honestly, quite dated. With us you get a lot more for your money.
    B: Maybe. I haven't really looked at the detail yet.
    N: If I can match their price for the first year, can we sign today?
    (12) B: I'm not going to decide on the phone, Nora. I need to look at both properly and talk to my brother, he's a partner in the business.
    N: Okay, no problem. I'll send you the order form anyway and you can sign it when you're ready. The discount's there until Friday.
    B: Right.
    N: Is it your brother who'd make the final call?
    B: We'd decide together.
    N: Okay. Could you sign it between you by Friday, do you think?
    B: Not by Friday, no.
    N: Okay. Is there anything else you want to know?
    B: Not really. I'm off to Portugal on Monday for ten days anyway, so it'll be after that.
    N: Oh, nice. Okay, well, I'll send it over. Thanks Ben.
    B: Yep. Cheers.
    N: Bye.
    """)

call("2026-07-28_marsh_gas_renewal_call.txt", "plain", "2026-07-28 08:30", "uk",
     {"N": NORA, "E": "Eleanor Marsh"}, """
    N: Hi, is that Eleanor? It's Nora Castellane from Fieldnote.
    E: Yes, hello Nora. I don't think we've spoken before, have we?
    N: No, I've taken over your account from Phil. It's just a quick admin call really. Your annual plan is up for renewal on the thirty-first of December, and the system shows two of your eight seats haven't logged in since May. Can we close those two seats, or do you want to keep them?
    E: Oh. Um, well, one of those is Gary, he retired in the spring. The other one, I'm not sure, let me think.
    N: So can I remove Gary's seat?
    E: Yes, I suppose so. But we've got a new lad starting in September, Tariq, so...
    N: Okay, so do you want to keep the other seat for him?
    E: Probably, yes. It's been quite a year, actually, we lost two engineers in the spring and the boiler season is, well...
    N: Right. And do you want to renew on the same terms? It's the Crew plan, annual, billed monthly.
    E: I'd have to look at it. Is the price changing?
    N: There's a five percent increase from January on all plans.
    E: Five percent. Hm. I'll need to think about that.
    N: It's in line with the market, to be fair.
    E: Everything's going up, isn't it.
    N: It is. So, shall I put you down as renewing?
    E: Not yet, no.
    N: Okay. Or shall I put you down as renewing with seven seats, and we adjust later?
    E: Can I come back to you? I'd like to talk to Pete, he does the money side.
    N: Sure. Can you let me know by the end of September?
    E: I'll try. It's a busy autumn. And it's our twenty-fifth wedding anniversary in November, so Pete's completely distracted planning some surprise.
    N: Lovely. So, end of September for the seats and the renewal?
    E: Yes, alright.
    N: And is the invoice still going to accounts at Marsh and Co?
    E: No, it comes to me now.
    N: Okay, I'll update that. And the direct debit is still on the first of the month?
    E: As far as I know, yes.
    N: Okay. And the billing address is still the yard on Station Road?
    E: Yes.
    N: Great. I'll send you an email with the details.
    E: Okay. Is there anything new in the system we should know about? Our lads still do the gas safety certificates on paper and I sometimes wonder...
    N: I'll put some information in the email.
    E: Right. Okay. Phil used to send us a little report every quarter as well, is that still...
    N: I'll check on that for you.
    E: Right. Okay.
    N: Is there anything else?
    E: No, I don't think so.
    N: Great. Thanks Eleanor, bye now.
    E: Oh, okay. Bye.
    """)

call("2026-11-03_northgate_demo_meeting.vtt", "teams_vtt", "2026-11-03 14:00", "uk",
     {"N": NORA, "R": "Rachel Osei"}, """
    N: Hi Rachel, can you see my screen?
    R: Hi Nora. Not yet... oh, there it is. Yes.
    N: Great. Is Dean joining us?
    R: He's stuck on a call, sorry, it's just me today.
    N: No problem at all. How's your week going?
    R: Manic. We've got two boiler failures at one of the tower blocks and half the helpdesk is off with flu.
    N: Oh no. Well, hopefully this helps with exactly that. Before I show you anything, what would make this session useful for you?
    R: Honestly, I want to see how a job gets from the helpdesk to an engineer without five phone calls.
    N: Okay. How does that work today?
    R: Helpdesk logs it, emails the supervisor, the supervisor rings round the engineers to see who's nearest, then rings the helpdesk back, who rings the tenant. It's a chain of phone calls.
    N: How many jobs a week go through that chain?
    R: Sixty? More in winter.
    N: Right, so let me show you. This is the helpdesk view. When a job comes in, it's logged here, and the map on the right shows every engineer, where they are and what they're on. You click the job, and it suggests the three nearest engineers with the right skills. You pick one, and it goes straight to his phone.
    R: So the supervisor doesn't have to ring round.
    N: Exactly. And the engineer accepts it on the app, so the helpdesk can see it's been picked up.
    R: Can the tenant see when the engineer's coming?
    N: They get a text with a link, and the link shows a time window, and then a live update when the engineer's twenty minutes away.
    R: That would save the helpdesk half its calls, honestly. Half the calls are people asking where the engineer is.
    N: That's what we hear a lot. Let me show you the engineer side. This is the app. The job comes in with the address, the access notes, any photos the tenant sent, and the asset history, so if it's the same boiler as last month, he sees what was done.
    R: What happens if the engineer needs a part and has to come back?
    N: He marks the job as parts required and takes a photo of the part number, and it goes back to the helpdesk queue with a flag. When the part arrives, the return visit goes to the same engineer if possible.
    R: Dean will like that. We lose track of return visits all the time.
    N: How do you keep track of them now?
    R: A spreadsheet. Which Dean updates when he remembers.
    N: Right. And the tenant gets the same text for the return visit.
    R: Can we put our own logo on the texts?
    N: Yes, the texts and the tenant page both carry your branding.
    R: And the contractors? We use two outside firms, one for lifts and one for roofing.
    N: They get a contractor login. They only see the jobs you send them, and they update them the same way your engineers do.
    R: Okay. That's actually quite important. The lift firm is terrible at telling us anything.
    N: You'd see their updates in the same list as your own engineers, with the time they arrived and left.
    R: How long does it take to set up, for a team our size?
    N: Usually three weeks. One week to load the buildings and the assets, one week with the helpdesk, and one week running alongside what you do now.
    R: What about out of hours? We've got an on-call rota.
    N: The rota lives in here too, so after six the suggestions only come from whoever's on call.
    R: Okay. That's good. I'll be honest with you, I like it. But it's not my decision. Alan, our CFO, decides anything with a monthly fee.
    N: Understood. What will Alan want to see?
    R: Numbers. He'll want to know what it saves. He's not a feelings man.
    N: That's fair. I can put together a return on investment summary based on your sixty jobs a week. Would you be able to send me a few figures, like average travel time per job?
    R: I can get those from the helpdesk. And if this is happening, I'd like it moving before Christmas. I'm off to Iceland with my partner over New Year and I don't want to come back to a half-finished rollout.
    N: Iceland at New Year! Are you going for the northern lights?
    R: That's the plan. If the clouds behave.
    N: Let me show you one more thing, the SLA report, because Alan will like this one. Every month you get...
    N: Oh, sorry Rachel, I've just seen the time. I've double-booked myself and my next call has already started. I'm going to have to jump. I'll send you the rest by email. Thanks, bye...
    """, end_abruptly=True)

call("2026-11-10_lumiere_followup_meeting.txt", "zoom_txt", "2026-11-10 13:00", "cet",
     {"N": NORA, "H": "Hélène Marchand"}, """
    N: Bonjour Hélène! Can you hear me well?
    H: Bonjour Nora, yes, very well. Sorry, I am two minutes late, a client called.
    N: Not at all. How are you? How's Lyon?
    H: Lyon is... busy! We are preparing the Fête des Lumières. It's in four weeks, the eighth of December. For a cleaning company it is the most crazy week of the year.
    N: Oh, I've heard of it, the light festival? What does it mean for you?
    H: Four nights, two million visitors in the city centre. We have contracts with the hotels and some restaurants, so after each night, at six in the morning, we clean. Everything. It's, uh, how do you say, a marathon.
    N: That sounds exhausting. Do you get to see the lights yourself?
    H: Always the first night, with my son. It's a tradition. Well, this year he is in England, in Manchester, for his Erasmus year. So I will go with Luc and his wife.
    N: He's in Manchester? That's where I'm based! What is he studying?
    H: Engineering. He says the rain is not so bad. I think he lies to me.
    N: He's being kind. It's quite bad. So, thank you for making time. I know from your email you're worried about Fieldnote being a small company, and I wanted to hear it properly. Before I say anything, can I ask you a few questions?
    H: Yes, of course.
    N: From the demo, which parts did you value the most?
    H: The planning screen, definitely. When an agent is sick, to see immediately who is free near the site. And the app for the agents, with the checklist per site. My team liked very much the checklist.
    N: And is there anything that has already convinced you? Where you think, yes, that would work for us?
    H: Yes. The price is correct, honestly. And Claire, who does the planning with me, she said that she could learn it in one afternoon. For us this is important.
    N: That's good to hear. So, what keeps you from saying yes?
    H: It's... the risk. Fieldnote is small. Our time-keeping software supplier is very big. If you disappear, or if you are bought by another company and they change everything, our planning disappears. And Luc, my associé, he had a very bad experience. In his old company, a software start-up closed in one week, and they lost all the history. He says never again with a small company.
    N: That's completely understandable. And to be honest, I think I explained that badly in the demo. I spent all the time on the planning screen and none on what happens to your data. That's on me.
    H: No, no, it was not the moment.
    N: Can I ask, is it mainly about the data, having all of your history, or about the service continuing to work?
    H: Both, but the data first. If I have the data, I can find another solution. If I don't have the data...
    N: Okay. There are three things that might help. First, your data is always exportable, all the sites, the agents, the history, in one click, and you can schedule an export every week to your own server. Second, we have an escrow arrangement: an independent company holds the code and a copy of the data, and if we stop the service for thirty days, it's released to customers. Third, and I know it's less reassuring, we've been profitable for two years and we have about eleven hundred customers.
    H: The escrow, I didn't know that. That is interesting for Luc.
    N: I'll send you a one-page note on all of this. But honestly, Hélène, if after reading it Luc still feels it's too risky, that's a completely fair answer. I'd rather you chose what's right for you.
    H: Thank you. I think... for now I must say no. Not this year. We will not change anything before the Fête des Lumières in any case. It's not the moment.
    N: Of course, that makes complete sense. When would be the right time to talk again?
    H: December, after the eighth. The middle of December.
    N: Perfect. I'll put it in the diary.
    H: Good.
    N: Oh, just one more thing before you go. If Luc reads the note and the escrow answers his worry, is there anything else that would stop you? Honestly.
    (3.5) H: Honestly? Maybe the language. The app is in French, yes, but the support is in English. Claire is not comfortable with English on the phone.
    N: That's really useful, thank you. Sam, my colleague, speaks good French, and we have a French-speaking support team on weekday mornings. I'll put that in the note too.
    H: Ah, that is good news. I did not know.
    N: I should have told you earlier! Thank you for being so open, Hélène. I'll send the note today, and we'll speak in mid-December. Good luck with the Fête, I hope the nights go smoothly.
    H: Thank you Nora. And if you see my son in Manchester, tell him to call his mother.
    N: I'll do my best. Goodbye Hélène, I'll wait for you to leave the call.
    H: Au revoir Nora, bonne journée!
    """)

call("2026-11-12_meadowbank_decision_meeting.vtt", "zoom_vtt", "2026-11-12 11:00", "uk",
     {"N": NORA, "J": "Jonas Whitfield"}, """
    N: Hi Jonas! Can you hear me?
    J: Hi Nora, yep, all good. Sorry, just shutting the door, the lads are loading up outside.
    N: No problem. How are you? How are the legs after Chester?
    J: Oh, fully recovered. Well, mostly. I've actually signed up for Valencia now, the sixth of December.
    N: No! Another one? That's only, what, three and a half weeks away?
    J: Yeah, I know. My wife thinks I've lost it. But the training's there, so...
    N: We'll come back to that, I want to hear about it. So, what did you want to go over?
    J: So, um, basically Kasia and I sat down on Monday with the trial and looked at the last three weeks. The Monday rebooking thing, it's gone from like two hours to maybe twenty minutes. So, honestly, we've decided. We want to go ahead with the five crews.
    N: Jonas, that's brilliant news. Thank you. Really, thank you for trusting us with it.
    J: No, thank you, you've been really patient with us.
    N: And I think you've made the right call. You told me right at the start that Monday mornings were costing Kasia two hours every week, and that you lose customers when you reschedule them twice. That's about a hundred hours a year back, and fewer customers being bumped. That's exactly what it's for.
    J: Yeah, that's how I see it.
    N: Can I just check the numbers so there are no surprises? Five crews on the Crew plan, thirty-eight pounds per user a month, so a hundred and ninety a month, and Kasia's office login is free.
    J: Yep, that's what we had.
    N: Great. Then the next steps. Sam, our solutions engineer, will email you today or tomorrow to book a setup session. It's about an hour and Kasia should be there. Your trial logins switch over to live on Monday, so nothing's lost. And your first invoice will be on the first of December.
    J: Perfect. That's easy.
    N: Is there anything you want to ask me before we leave the business bit?
    J: Um, no, I think we're good. Actually, can you do separate pricing for gritting jobs? We do a bit of gritting for the business parks in winter.
    N: Yes, you set it up as its own job type with its own price list. Sam can do that with you in the session.
    J: Great.
    N: Okay. Now tell me about Valencia. Have you run it before?
    J: No, first time. It's meant to be really flat and fast, so I'm going for sub three-thirty.
    N: Sub three-thirty! From three forty-one in Chester?
    J: Well, Chester's hilly, and it was really windy. So, you know. In theory.
    N: What does the training look like with three and a half weeks to go?
    J: This Sunday's the last long one, twenty miles, and then I taper. Which is the worst bit, honestly. You've got all this energy and you're not allowed to use it.
    N: I can imagine. Is the family coming out with you?
    J: My wife and the kids, yeah, we're making a long weekend of it. The kids are more excited about the beach than the race.
    N: Of course they are. Have you been to Valencia before?
    J: Never. Have you?
    N: Once, years ago. The old town is beautiful, and the paella is, well, you'll have earned it.
    J: That's the plan. Carbs, carbs, carbs.
    N: Ha! Well, I'll be looking out for your time. And good luck with the twenty miles on Sunday.
    J: Thanks Nora. It's supposed to rain, so...
    N: Of course it is. Right, I'll send you a welcome email with all of that in writing this afternoon, and if anything comes up before Sam's session, just ring me.
    J: Brilliant. Thanks again, Nora.
    N: Thank you, Jonas, and congratulations. I'm really glad. I'll wait for you to leave the call.
    J: Ha, okay. Cheers, bye!
    N: Bye!
    """)

call("2026-11-18_cwm_valley_callback_call.srt", "srt", "2026-11-18 14:00", "uk",
     {"N": NORA, "G": "Gareth Lloyd"}, """
    N: Hi Gareth, it's Nora from Fieldnote. Thanks for picking up. Is now still okay?
    G: Yeah, go on, I've got ten minutes before the next van's back.
    N: Thanks. How are things? Sounds like winter's hit.
    G: Don't. We've had three lift breakdowns this week and a boiler room flood in Neath. And my brother's just announced he's getting married in Tenerife in February, so that's my holiday sorted whether I like it or not.
    N: There are worse places to be sent in February.
    G: True, true.
    N: So, I got your email yesterday. You said you're too busy right now to take on a new system, and maybe in the new year. First, thank you for telling me straight. I didn't want to just reply to an email, so would it be okay if I asked you a few questions about it? And if at the end the answer is still no, that's absolutely fine.
    G: Yeah, course. Fire away.
    N: When you say too busy, is it that there's no time to set it up, or that it's not worth the disruption right now?
    G: Bit of both. Mainly I can't take the lads off the road for training. Every engineer hour is a call-out at the moment.
    N: That makes sense. And if it took no engineer time at all, if it were just you for, say, fifteen minutes, would that change anything?
    G: Hm. Depends what it looks like.
    N: Sure. Can I ask a different question? On a scale of zero to ten, where zero is the way we schedule is fine and we don't need to change, and ten is we have to change this, where are you?
    G: Honestly? Six. Maybe a six.
    N: Okay. What makes it a six and not a two?
    G: The overtime. I'm paying the lads overtime because the on-call routes are daft. Someone drives from Swansea to Carmarthen and then someone else drives from Carmarthen to Swansea. And the LOLER dates. I had one slip last month, which can't happen.
    N: That sounds serious. What happened with the inspection?
    G: Insurer picked it up. No harm done, but it's the kind of thing that loses you a contract.
    N: And what would make it a ten?
    G: If it happened again. Or if I lost the hospital contract over it.
    N: Right. So what stops it being a ten right now is mainly time, this winter, rather than whether it would work?
    G: Yeah, that's fair. I think it'd work. I just can't do it in December.
    N: Okay. Can I respond to that?
    G: Go on.
    N: What if nothing happened before Christmas at all? On the second of December you and I spend fifteen minutes on the phone setting up three engineers. No training for them, they just get the app. From the eleventh of January those three run on it alongside your rota for four weeks, and on the eighth of February we look at the overtime and the inspection dates together, and you decide. If it hasn't earned its place, you walk away. No is a perfectly good answer.
    G: Before I go to Tenerife, then.
    N: Exactly. Does that change where you are on the scale?
    G: Yeah, it does, a bit. If it's not December, I'm... yeah, I can do that. Say an eight.
    N: Good. What would still worry you?
    G: The lads. Dai's been doing this thirty years, he'll say it's a toy.
    N: Then should Dai be one of the three?
    G: You're evil. Actually, yeah, if Dai likes it, everyone will.
    N: Okay. So the plan: the second of December, ten o'clock, fifteen minutes, you and me. The eleventh of January, three engineers including Dai. The eighth of February, we review and you decide. Does that work?
    G: Yeah, that works.
    N: I'll send you a short email with just that in it, nothing else. Anything I've missed?
    G: No. Thanks for ringing, to be honest. I expected a long email back.
    N: I'll spare you that. Good luck with the rest of the week, Gareth, and enjoy the wedding planning.
    G: Cheers Nora. Bye now.
    N: Bye.
    """)


def write_calls(out: Path) -> dict[str, int]:
    d = out / "calls"
    d.mkdir(parents=True, exist_ok=True)
    counts = {}
    for c in CALLS:
        (d / c.filename).write_text(render_call(c), encoding="utf-8", newline="\n")
        counts[c.filename] = len(c.turns)
    return counts


# ---------------------------------------------------------------------------
# Contacts: a CRM export (CSV) and a few vCards
# ---------------------------------------------------------------------------

CRM_HEADER = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name",
              "Job Title", "Lifecycle Stage", "Contact owner"]
CRM_ROWS = [
    ("Priya", "Raman", "priya.raman@harbourline.example; priya.raman@mailbox.example", "+44 7700 900123",
     "Harbourline Freight Ltd", "Operations Director", "Opportunity"),
    ("Tom", "Achebe", "tom.achebe@harbourline.example", "07700 900124", "Harbourline Freight Ltd",
     "Fleet Manager", "Opportunity"),
    ("Owen", "Pritchard", "owen@brightwell.example", "+447700900215", "Brightwell Plumbing & Heating",
     "Owner", "Opportunity"),
    ("Sian", "Pritchard", "office@brightwell.example", "(01632) 960 215", "Brightwell Plumbing & Heating",
     "Office Manager", "Opportunity"),
    ("Dev", "Malhotra", "dev.malhotra@mailbox.example", "07700 900311", "Greenstripe Landscaping",
     "Owner", "Opportunity"),
    ("Sandra", "Kowalczyk", "sandra.kowalczyk@polarair.example", "01632 960402", "Polar Air Conditioning Ltd",
     "Managing Director", "Opportunity"),
    ("Piotr", "Nowak", "piotr.nowak@polarair.example", "01632 960403", "Polar Air Conditioning Ltd",
     "Service Coordinator", "Opportunity"),
    ("Gareth", "Lloyd", "gareth.lloyd@cwmvalleylifts.example", "+44 (0)7700 900518", "Cwm Valley Lifts Ltd",
     "Operations Manager", "Opportunity"),
    ("Martin", "Feld", "martin.feld@aldersgate.example", "01632 960733", "Aldersgate Property Services plc",
     "Chief Operating Officer", "Opportunity"),
    ("Julia", "Stein", "julia.stein@aldersgate.example", "+44 7700 900734", "Aldersgate Property Services plc",
     "Head of Maintenance, Residential", "Opportunity"),
    ("Kieran", "Walsh", "kieran@walshdrainage.example", "07700 900621", "Walsh Drainage Services",
     "Director", "Sales Qualified Lead"),
    ("Fatima", "Bello", "fatima@bellocleaning.example", "+44 7700 900645", "Bello Cleaning Co",
     "Founder & MD", "Sales Qualified Lead"),
    ("Rachel", "Osei", "rachel.osei@northgatefm.example", "07700 900771", "Northgate Facilities Management",
     "Facilities Manager", "Opportunity"),
    ("Alan", "Brooke", "alan.brooke@northgatefm.example", "(01632) 960772", "Northgate Facilities Management",
     "Chief Financial Officer", "Opportunity"),
    ("Ben", "Carver", "ben@carverroofing.example", "+44 7700 900832", "Carver Roofing & Guttering",
     "Owner", "Opportunity"),
    ("Hélène", "Marchand", "helene.marchand@lumiere-nettoyage.example", "", "Lumière Nettoyage SARL",
     "Directrice des opérations", "Opportunity"),
    ("Jonas", "Whitfield", "jonas@meadowbankgardens.example", "07700900947", "Meadowbank Gardens",
     "Owner", "Customer"),
    ("Imogen", "Hart", "imogen@hartelectrical.example", "(01632) 960 118", "Hart & Daughter Electrical, Ltd",
     "Managing Director", "Opportunity"),
    ("Aisha", "Karim", "aisha@sparkleandshine.example", "07700 900256", "Sparkle & Shine Window Cleaning",
     "Owner", "Sales Qualified Lead"),
    ("Samira", "Haddad", "samira.haddad@oakleafcare.example", "+44 7700 900367", "Oakleaf Care Services",
     "Registered Manager", "Sales Qualified Lead"),
    ("Daniel", "Price", "daniel@riversidelocks.example", "+44 7700 900478", "Riverside Locksmiths",
     "Owner", "Lead"),
    ("Eleanor", "Marsh", "eleanor@marshgas.example", "(01632) 960 589", "Marsh & Co Gas Services",
     "Director", "Customer"),
    ("Victor", "Adeyemi", "victor@summitsolar.example", "+44 7700 900690", "Summit Solar Installers",
     "Operations Director", "Opportunity"),
    ("Jo", "Pennington", "jo.pennington@quaysidecouriers.example", "07700 900701", "Quayside Couriers",
     "Operations Lead", "Lead"),
    ("Graham", "Tolley", "graham@tolleytrees.example", "07700 900813", "Tolley Tree Surgery",
     "Owner", "Lead"),
    ("Brandon", "Ruiz", "brandon.ruiz@mailbox.example", "+1 (602) 555-0147", "Cactus Pool Service LLC",
     "Owner", "Sales Qualified Lead"),
    ("Lucy", "Tran", "lucy@petalpost.example", "+44 7700 900924", "Petal Post", "Co-founder", "Opportunity"),
    ("Chloe", "Ferris", "chloe.ferris@homemail.example", "07700 900412", "Ferris Mobile Valeting",
     "Owner", "Customer"),
    ("Harriet", "Cole", "harriet@colesweeps.example", "01632 960 950", "Cole Chimney Sweeps",
     "Owner", "Lead"),
]


def write_contacts(out: Path) -> dict[str, int]:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(CRM_HEADER)
    for n, row in enumerate(CRM_ROWS):
        w.writerow([str(51200 + n * 37)] + list(row) + ["Nora Castellane"])
    # Spreadsheet-style export: UTF-8 with a byte order mark, CRLF line ends
    (out / "contacts.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

    def fold(line: str) -> list[str]:
        out_lines, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > (75 if not out_lines else 74):
                out_lines.append(cur)
                cur = ""
            cur += ch
        out_lines.append(cur)
        return [out_lines[0]] + [" " + x for x in out_lines[1:]]

    cards = [
        ["BEGIN:VCARD", "VERSION:3.0", "N:Raman;Priya;;;", "FN:Priya Raman",
         "ORG:Harbourline Freight Ltd", "TITLE:Operations Director",
         "EMAIL;TYPE=INTERNET,WORK,pref:priya.raman@harbourline.example",
         "EMAIL;TYPE=INTERNET,HOME:priya.raman@mailbox.example",
         "TEL;TYPE=CELL:+44 7700 900123", "TEL;TYPE=WORK,VOICE:01632 960120",
         "NOTE:Met at the Avonmouth depot 22 Oct. Daughter Anjali graduates in physio"
         "therapy\\, Leeds\\, 12 December. Finance director signs off anything over "
         "GBP 10k a year.",
         "REV:2026-10-23T09:02:11Z", "END:VCARD"],
        ["BEGIN:VCARD", "VERSION:4.0", "FN:Hélène Marchand", "N:Marchand;Hélène;;;",
         "ORG:Lumière Nettoyage SARL", "TITLE:Directrice des opérations",
         "EMAIL;TYPE=work:helene.marchand@lumiere-nettoyage.example", "LANG:fr",
         "ADR;TYPE=work:;;;Lyon;;;France",
         "NOTE:Associé: Luc. Son in Manchester (Erasmus year). Fête des Lumières 8 Dec = busiest week.",
         "END:VCARD"],
        ["BEGIN:VCARD", "VERSION:3.0", "N:Reid;Marcus;;;", "FN:Marcus Reid",
         "ORG:Quayside Couriers", "TITLE:Head of Operations",
         "EMAIL;TYPE=INTERNET,WORK:marcus.reid@quaysidecouriers.example",
         "TEL;TYPE=CELL:+44 7700 900702",
         "NOTE:Took over from Jo Pennington (left Nov 2026). Afternoons best.",
         "END:VCARD"],
        ["BEGIN:VCARD", "VERSION:4.0", "FN:Brandon Ruiz", "N:Ruiz;Brandon;;;",
         "ORG:Cactus Pool Service LLC", "EMAIL;TYPE=home:brandon.ruiz@mailbox.example",
         "TEL;VALUE=uri;TYPE=cell:tel:+1-602-555-0147", "TZ:America/Phoenix", "END:VCARD"],
    ]
    lines = []
    for card in cards:
        for line in card:
            lines.extend(fold(line))
    (out / "contacts.vcf").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return {"contacts.csv rows": len(CRM_ROWS), "contacts.vcf cards": len(cards)}


# ---------------------------------------------------------------------------
# Call log: ISO-8601 times (some with offsets), contacts as numbers, emails or names
# ---------------------------------------------------------------------------

def call_duration(filename: str) -> int:
    return next(c.duration_s for c in CALLS if c.filename == filename)


def calllog_rows() -> list[list[str]]:
    rows = [
        ("2026-07-28T09:30:00+01:00", "(01632) 960 589", "outbound",
         call_duration("2026-07-28_marsh_gas_renewal_call.txt"), "reached", "Renewal and unused seats"),
        ("2026-08-12T14:00:00+01:00", "07700 900701", "outbound", 540, "reached", "Revisit in autumn once new depot open"),
        ("2026-08-20T10:00:00+01:00", "+44 7700 900690", "outbound", 1260, "reached", "Quote walkthrough, 12 installers"),
        ("2026-09-09T15:00:00+01:00", "+44 7700 900311", "outbound", 610, "reached", "4 crews, housing association work"),
        ("2026-09-10T16:15:00+01:00", "+447700900215", "outbound", 725, "reached", "First call; 9 vans, paper diary"),
        ("2026-09-15T11:00:00+01:00", "eleanor@marshgas.example", "outbound", 24, "voicemail", "Left VM about corrected invoice"),
        ("2026-09-29T13:30:00Z", "Priya Raman", "outbound", 1140, "reached", "Intro; booked Teams call 14 Oct with Tom"),
        ("2026-10-02T10:00:00Z", "01632 960402", "outbound", 1500, "reached", "11 engineers; summer breakdown peak"),
        ("2026-10-05T09:30:00+01:00", "+44 7700 900690", "outbound", 31, "voicemail", ""),
        ("2026-10-06T15:30:00+01:00", "07700900311", "outbound", 905, "reached", "Trial feedback, sending logins"),
        ("2026-10-07T10:15:00+01:00", "07700 900124", "inbound", 240, "reached", "Tom asked about the Teams link"),
        ("2026-10-12T14:00:00+01:00", "+44 (0)7700 900518", "outbound", 1320, "reached", "LOLER dates, call-outs, rota"),
        ("2026-10-14T08:00:00Z", "Fatima Bello", "outbound", 1080, "reached", "22 cleaners, 3 supervisors"),
        ("2026-10-15T16:30:00+01:00", "+447700900215", "outbound", 1510, "reached", "Scoping; wants numbers before knee op"),
        ("2026-10-19T10:00:00+01:00", "07700 900947", "outbound", 960, "reached", "Trial for Meadowbank, Kasia plans"),
        ("2026-10-20T11:00:00+01:00", "+44 7700 900734", "outbound", 1680, "reached", "40 blocks, 3 contractors; demo 4 Nov"),
        ("2026-10-20T15:00:00+01:00", "(01632) 960 589", "outbound", 0, "no_answer", ""),
        ("2026-10-21T10:30:00+01:00", "07700 900256", "outbound", 840, "reached", "340 domestic rounds"),
        ("2026-10-21T14:00:00+01:00", "07700 900813", "outbound", 0, "no_answer", ""),
        ("2026-10-22T13:00:00+01:00", "07700 900621", "outbound", 1200, "reached", "6 technicians, CCTV surveys"),
        ("2026-10-26T10:00:00Z", "(01632) 960 118", "outbound", 1320, "reached", "8 electricians, split shifts?"),
        ("2026-10-26T14:30:00Z", "+44 7700 900690", "outbound", 0, "no_answer", ""),
        ("2026-10-27T13:00:00Z", "Sandra Kowalczyk", "outbound", 960, "reached", "Price vs current provider"),
        ("2026-10-28T10:00:00Z", "07700 900771", "outbound", 600, "reached", "Booked Teams demo 3 Nov"),
        ("2026-10-29T10:30:00Z", "+44 7700 900832", "outbound",
         call_duration("2026-10-29_carver_roofing_call.srt"), "reached", "Pitched Crew plan; he's also looking at RouteHawk"),
        ("2026-10-30T10:00:00-07:00", "(602) 555-0147", "outbound", 1085, "reached", "5 techs, 400 pools, weekly routes"),
        ("2026-11-02T11:14:00Z", "+44 7700 900311", "outbound", 28, "voicemail", "Short VM, no rush"),
        ("2026-11-02T12:38:00Z", "+44 7700 900924", "inbound", 0, "no_answer", "Missed call"),
        ("2026-11-02T16:00:00Z", "+44 7700 900924", "outbound", 780, "reached", "3 vans, timed deliveries"),
        ("2026-11-03T09:45:00Z", "+44 7700 900645", "outbound", 31, "voicemail", ""),
        ("2026-11-06T10:00:00Z", "samira.haddad@oakleafcare.example", "outbound", 1500, "reached", "30 carers, medication times"),
        ("2026-11-09T09:20:00Z", "07700 900621", "outbound", 0, "no_answer", ""),
        ("2026-11-11T09:40:00Z", "+447700900478", "inbound", 720, "reached", "Wants a demo at the workshop; 24 Nov 10:00"),
        ("2026-11-13T13:00:00Z", "07700900412", "outbound", 1500, "reached", "Onboarding"),
        ("2026-11-13T16:00:00Z", "+1 602 555 0147", "outbound", 35, "voicemail", "Re LedgerLeaf sync"),
        ("2026-11-15 10:12", "+447700900999", "inbound", 95, "reached", "Not a client: asked for support line"),
        ("2026-11-17T17:30:00Z", "(602) 555-0147", "outbound", 41, "voicemail", "Second VM"),
        ("2026-11-18T14:00:00Z", "+44 (0)7700 900518", "outbound",
         call_duration("2026-11-18_cwm_valley_callback_call.srt"), "reached",
         "Called back re \"too busy\" email; trial from 11 Jan, review 8 Feb"),
        ("2026-11-19T11:30:00Z", "Lucy Tran", "outbound", 1320, "reached", "Crew plan + 2 seasonal drivers from 7 Dec"),
        ("2026-11-19T14:00:00Z", "07700 900256", "outbound", 1080, "reached", "Trial restarts 1 Dec, review 15 Dec"),
    ]
    return [[a, b, c, str(d), e, f] for a, b, c, d, e, f in rows]


def write_calllog(out: Path) -> dict[str, int]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["date", "contact", "direction", "duration", "outcome", "notes"])
    rows = calllog_rows()
    for row in rows:
        w.writerow(row)
    (out / "calllog.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")
    return {"calllog.csv rows": len(rows)}


# ---------------------------------------------------------------------------
# Text messages: an Android "SMS Backup & Restore" file
# ---------------------------------------------------------------------------

SMS = [
    # (UTC time, address as the phone stored it, contact name, 1=received 2=sent, body)
    ("2026-09-09 09:02:41", "+447700900311", "Dev Malhotra", 1,
     "Hi Nora its Dev from Greenstripe, can u call me after 3 today? on site till then"),
    ("2026-09-09 09:05:10", "+447700900311", "Dev Malhotra", 2, "Will do Dev, speak at 3."),
    ("2026-10-06 15:40:02", "+447700900311", "Dev Malhotra", 1,
     "Cheers for the call. Lads liked the look of the app 👍"),
    ("2026-10-06 15:52:37", "+447700900311", "Dev Malhotra", 2,
     "Great to hear! I'll send the trial logins tonight."),
    ("2026-10-22 05:22:15", "07700900124", "Tom Achebe", 2,
     "Morning Tom, parked up by the wash bay. Coffee's in the car."),
    ("2026-10-22 05:23:03", "07700900124", "Tom Achebe", 1, "Legend. Coming down"),
    ("2026-10-26 14:35:51", "+447700900690", "Victor Adeyemi", 2,
     "Hi Victor, Nora from Fieldnote - tried to call, hope all's well. Let me know a good time to catch up on the quote."),
    ("2026-11-02 11:15:20", "+447700900311", "Dev Malhotra", 2,
     "Hi Dev, tried you just now - no rush, give me a shout when you're off site. Nora"),
    ("2026-11-02 12:40:12", "+447700900924", "Lucy Tran", 1,
     "Hi it's Lucy from Petal Post - just tried to call you. Are you free later?"),
    ("2026-11-02 12:44:48", "+447700900924", "Lucy Tran", 2,
     "Sorry Lucy, I'm in a meeting. I'll call you at 4?"),
    ("2026-11-02 12:45:30", "+447700900924", "Lucy Tran", 1, "Perfect x"),
    ("2026-11-09 09:21:05", "07700900621", "Kieran Walsh", 2,
     "Hi Kieran, tried you just now - call when you're free. Nora (Fieldnote)"),
    ("2026-11-11 09:31:44", "+447700900478", "Daniel Price", 1,
     "Morning Nora, Daniel @ Riverside Locks. Missed you, call me when free"),
    ("2026-11-11 21:14:09", "+447700900690", "Victor Adeyemi", 1,
     "Hi Nora, sorry been off grid - our daughter Ada arrived on 2 Sept & we're all sleep deprived! "
     "Will come back to you on the quote next week. V"),
    ("2026-11-11 21:30:56", "+447700900690", "Victor Adeyemi", 2,
     "Congratulations!! Wonderful news. No rush at all - enjoy every minute. Speak soon."),
    ("2026-11-13 13:40:21", "07700900412", "Chloe Ferris", 2,
     "Hi Chloe, you're all set up - logins are in your inbox. Any problems just shout!"),
    ("2026-11-13 14:02:33", "07700900412", "Chloe Ferris", 1, "Amazing, thank you so much Nora!!"),
    ("2026-11-13 16:05:40", "+16025550147", "Brandon Ruiz", 2,
     "Hi Brandon, Nora from Fieldnote. Left you a voicemail - happy to answer anything on the LedgerLeaf sync."),
    ("2026-11-15 10:10:02", "+447700900999", "(Unknown)", 1,
     "Hi is this still the number for Fieldnote support? Our app login isn't working"),
    ("2026-11-16 18:22:47", "+447700900311", "Dev Malhotra", 1,
     "Hi Nora, sorry for the delay. We've decided to go another direction with the scheduling for next year. "
     "Thanks for all your help & the trial.\nDev"),
    ("2026-11-17 17:05:12", "07700900412", "Chloe Ferris", 1,
     "First week on the app done, the lads love it. Thanks again Nora!"),
    ("2026-11-17 17:20:31", "07700900412", "Chloe Ferris", 2,
     "That's brilliant to hear! Thanks for letting me know 😊"),
    ("2026-11-17 17:22:08", "07700900412", "Chloe Ferris", 1, "No thank YOU! Have a lovely evening x"),
    ("2026-11-17 17:30:45", "07700900412", "Chloe Ferris", 2, "You too Chloe x"),
    ("2026-11-17 17:31:02", "07700900412", "Chloe Ferris", 1, "😊"),
    ("2026-11-18 10:58:19", "+447700900518", "Gareth Lloyd", 2,
     "Hi Gareth, got your email - have you got 10 mins this afternoon? No hard sell, promise. Nora"),
    ("2026-11-18 11:20:40", "+447700900518", "Gareth Lloyd", 1, "Go on then. 2pm"),
    ("2026-11-19 11:28:10", "+447700900924", "Lucy Tran", 2, "Calling you in 2 mins!"),
    ("2026-11-19 12:02:55", "+447700900478", "Daniel Price", 2,
     "Hi Daniel, just confirming Tuesday 24th, 10am at your Salford workshop. Anything I should bring?"),
    ("2026-11-19 12:30:14", "+447700900478", "Daniel Price", 1,
     "Yes all good. Park in the yard round the back, not on the street (wardens are brutal). "
     "Bring the tablet demo if you can & a coat, it's freezing in there"),
    ("2026-11-19 12:33:38", "+447700900478", "Daniel Price", 2, "Perfect, will do. See you Tuesday!"),
    ("2026-11-19 13:58:20", "07700900256", "Aisha Karim", 2, "Ringing you now Aisha"),
]


def xml_attr(value: str) -> str:
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;").replace("\n", "&#10;"))


def write_sms(out: Path) -> dict[str, int]:
    lines = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
             "<!--File Created By SMS Backup & Restore v10.21.004 on 20/11/2026 07:58:12-->",
             '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>',
             f'<smses count="{len(SMS)}" backup_set="5e0c6a1f-2b7d-4d4e-9c39-0a8f3e6b7c21" '
             f'backup_date="{int(utc("2026-11-20 07:58:12").timestamp() * 1000)}" type="full">']
    for when, address, name, kind, body in SMS:
        t = utc(when)
        r = seeded("sms", when, address)
        ms = int(t.timestamp()) * 1000 + r.randrange(1000)
        sent = "0" if kind == 2 else str(ms - r.randrange(800, 4000))
        readable = f"{local('uk', t):%d %b %Y %H:%M:%S}"
        lines.append(
            f'  <sms protocol="0" address="{xml_attr(address)}" date="{ms}" type="{kind}" subject="null" '
            f'body="{xml_attr(body)}" toa="null" sc_toa="null" service_center="null" read="1" '
            f'status="-1" locked="0" date_sent="{sent}" sub_id="1" readable_date="{readable}" '
            f'contact_name="{xml_attr(name)}" />')
    lines.append("</smses>")
    (out / "sms-backup.xml").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return {"sms-backup.xml texts": len(SMS)}


# ---------------------------------------------------------------------------
# Checks: everything written must read back with the standard library
# ---------------------------------------------------------------------------

def split_mboxrd(data: bytes) -> list[bytes]:
    msgs, cur = [], None
    prev_blank = True
    for line in data.split(b"\n"):
        if line.startswith(b"From ") and prev_blank:
            if cur is not None:
                msgs.append(b"\n".join(cur))
            cur = []
        elif cur is not None:
            cur.append(re.sub(rb"^>(>*From )", rb"\1", line))
        prev_blank = line == b""
    if cur is not None:
        msgs.append(b"\n".join(cur))
    return msgs


def check(out: Path) -> list[str]:
    import email
    import email.policy
    import xml.etree.ElementTree as ET

    problems: list[str] = []
    parsed = []
    for name in ("inbox.mbox", "sent.mbox"):
        for raw in split_mboxrd((out / "mail" / name).read_bytes()):
            parsed.append((name, raw))
    for path in sorted((out / "mail" / "archive").rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            parsed.append((str(path.relative_to(out)), path.read_bytes()))
    for path in sorted((out / "mail").glob("*.eml")):
        parsed.append((path.name, path.read_bytes()))

    seen: dict[str, str] = {}
    for where, raw in parsed:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            problems.append(f"{where}: defects {msg.defects}")
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                problems.append(f"{where}: no {h}")
        try:
            str(msg["Subject"]), str(msg["From"]), msg["Date"].datetime
        except Exception as exc:  # noqa: BLE001 - report any decoding failure
            problems.append(f"{where}: header decoding failed: {exc}")
        mid = str(msg["Message-ID"])
        if mid in seen and not where.endswith(".eml"):
            problems.append(f"{where}: duplicate Message-ID {mid} (also in {seen[mid]})")
        seen.setdefault(mid, where)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"{where}: part {part.get_content_type()} unreadable: {exc}")
        if msg["Date"].datetime > NOW:
            problems.append(f"{where}: dated after now")
    # threads: replies after what they answer, references resolvable
    for m in MAILS:
        if m.reply_to and BY_LABEL[m.reply_to].at >= m.at:
            problems.append(f"{m.label}: reply not after its parent")
        if m.forward_of and BY_LABEL[m.forward_of].at >= m.at:
            problems.append(f"{m.label}: forward not after the original")
    # restored mboxrd escapes
    hb06 = next(raw for _, raw in parsed
                if b"\nMessage-ID: " + msgid_of(BY_LABEL["hb-06"]).encode() in raw.split(b"\n\n")[0])
    if b"\nFrom what you both described" not in hb06:
        problems.append("mboxrd: 'From ' line in hb-06 did not round-trip")
    # XML
    root = ET.parse(out / "sms-backup.xml").getroot()
    if int(root.get("count")) != len(root.findall("sms")):
        problems.append("sms-backup.xml: count attribute disagrees")
    if "\n" not in next(e.get("body") for e in root if "another direction" in e.get("body")):
        problems.append("sms-backup.xml: &#10; did not decode to a newline")
    # CSV
    with open(out / "contacts.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != len(CRM_ROWS) or any(len(r) != len(CRM_HEADER) for r in rows):
        problems.append("contacts.csv: shape")
    with open(out / "calllog.csv", encoding="utf-8", newline="") as f:
        log = list(csv.DictReader(f))
    for r in log:
        if r["outcome"] not in ("reached", "voicemail", "no_answer"):
            problems.append(f"calllog.csv: outcome {r['outcome']}")
        if r["direction"] not in ("inbound", "outbound"):
            problems.append(f"calllog.csv: direction {r['direction']}")
        t = datetime.fromisoformat(r["date"].replace("Z", "+00:00"))
        if t.tzinfo is not None and t > NOW:
            problems.append(f"calllog.csv: future call {r['date']}")
    # vCard: every card closed, folded lines start with a space
    vcf = (out / "contacts.vcf").read_text(encoding="utf-8")
    if vcf.count("BEGIN:VCARD") != vcf.count("END:VCARD"):
        problems.append("contacts.vcf: unbalanced cards")
    # transcripts
    for c in CALLS:
        n = len(c.turns)
        if not (30 <= n <= 120):
            problems.append(f"{c.filename}: {n} turns")
        if not (180 <= c.duration_s <= 900):
            problems.append(f"{c.filename}: {c.duration_s} s")
    return problems, len(parsed), seen


def summary(counts: dict) -> None:
    for k, v in counts.items():
        print(f"  {k}: {v}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "samples")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    # Remove only what this script writes, so a wrong --out cannot wipe anything else.
    for name in ("mail", "calls"):
        if (out / name).is_dir():
            shutil.rmtree(out / name)
    for name in ("contacts.csv", "contacts.vcf", "calllog.csv", "sms-backup.xml", "README.md"):
        (out / name).unlink(missing_ok=True)
    counts = {}
    counts.update({f"mail {k}": v for k, v in write_mail(out).items()})
    counts.update({f"calls/{k} turns": v for k, v in write_calls(out).items()})
    counts.update(write_contacts(out))
    counts.update(write_calllog(out))
    counts.update(write_sms(out))
    (out / "README.md").write_text(render_readme(counts), encoding="utf-8", newline="\n")
    problems, n_parsed, ids = check(out)
    summary(counts)
    print(f"  mail messages read back: {n_parsed} ({len(ids)} distinct Message-IDs)")
    for c in CALLS:
        longest = max(b - a for _, a, b, _ in c.timed)
        gaps = [c.timed[i + 1][1] - c.timed[i][2] for i in range(len(c.timed) - 1)]
        print(f"  {c.filename}: {c.duration_s // 60}:{c.duration_s % 60:02d}, "
              f"longest turn {longest:.0f} s, longest gap {max(gaps):.1f} s")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


README_TEMPLATE = """\
# The demo workspace

Everything here is invented and written by `scripts/make_samples.py` (do not edit by
hand: change the script and run `python3 scripts/make_samples.py`). People, companies,
addresses and numbers are fictional; domains are reserved (`*.example`), phone numbers
come from the ranges set aside for drama (UK 07700 900xxx, 01632 960xxx, 0161 496 0xxx;
US 555-01xx).

**Nora Castellane** is an account executive at Fieldnote Analytics (Manchester), selling
*Fieldnote Routes*, route planning and field-service scheduling for small service
businesses (plumbers, roofers, cleaners, couriers...). This folder is her last four months,
July to November 2026. Judge it **as of 2026-11-20T09:00:00Z** (a Friday; "yesterday" is
Thursday 19 November):

    rapport --me nora.castellane@fieldnote.example --me +447700900010 \\
            --rep "Nora Castellane" --now 2026-11-20T09:00:00Z today

Nora's own identities: `nora.castellane@fieldnote.example`, mobile `+44 7700 900010`, desk
`0161 496 0250`. Everyone else at `fieldnote.example` is a colleague, not a client. UK
numbers written without a country code (`07700 900124`, `(01632) 960 215`) are British
(default region GB); `(602) 555-0147` is a US number.

## Files

| file | what it is | count |
| --- | --- | --- |
| `mail/inbox.mbox` | received mail, mboxrd | {inbox} messages |
| `mail/sent.mbox` | Nora's sent mail, mboxrd | {sent} messages |
| `mail/archive/` | a Maildir (`cur/`, `new/`, `tmp/`), July-August threads and newsletters | {archive} messages |
| `mail/aldersgate-forward.eml` | a forwarded message, saved on its own | 1 message |
| `mail/harbourline-proposal.eml` | a copy of a message in `sent.mbox` (same Message-ID), saved from Windows with CRLF line ends | 1 copy |
| `calls/` | call and meeting transcripts (date in the file name; `_call` = phone, `_meeting` = video) | {calls} transcripts |
| `contacts.csv` | a CRM export (HubSpot-style headers, UTF-8 with BOM, CRLF) | {csv} contacts |
| `contacts.vcf` | vCards 3.0 and 4.0 (three overlap the CSV, Marcus Reid is only here) | {vcf} cards |
| `calllog.csv` | Nora's phone log: `date,contact,direction,duration,outcome,notes` (duration in seconds) | {calllog} calls |
| `sms-backup.xml` | an Android "SMS Backup & Restore" file | {sms} texts |

Mail in total: {mail_total} distinct messages ({mail_files} with the duplicate copy).

Transcripts:

| file | format | who | length |
| --- | --- | --- | --- |
{call_rows}

## Situations planted, per contact

"List" says what `rapport today` must do as of the demo's now: **must** appear (within
`-n 15`; the default top ten should be drawn from these), **must not** appear, or
*either* (defensible both ways). "Inbox" is the item kind `rapport inbox` should report.

| contact (account) | situation and evidence | list | inbox | bring up |
| --- | --- | --- | --- | --- |
| Priya Raman (Harbourline Freight) | Exemplary Teams discovery 14 Oct, depot visit 22 Oct, PDF proposal 27 Oct, questions answered by email only. **Dismissed by email 17 Nov "because of financial concerns"** (price? their finances? our stability? unclear). Nora has not replied or called. Tom Achebe wrote this morning that the window may still be open. | **must** (top) | `dismissal`, objection `financial_unclear`, reply owed | daughter Anjali graduates (physiotherapy) in Leeds on 12 December |
| Tom Achebe (Harbourline Freight) | Fleet manager, champion; "off the record, I was gutted" email this morning (07:41). Inbound call 7 Oct. | either | - | rescue greyhound Biscuit |
| Owen Pritchard (Brightwell Plumbing & Heating) | Proposal with PDF 20 Oct, then **followed up by email only** (28 Oct, 6 Nov, 16 Nov), no answer; no call since 15 Oct. Wanted it live before his operation. | **must** | `proposal_followed_up_by_email_only` | knee operation on 2 December, six weeks off ladders |
| Sian Pritchard (Brightwell) | Office manager; sent the van list in September. | either | - | - |
| Dev Malhotra (Greenstripe Landscaping, personal address) | Trial in October. **Dismissed by text 16 Nov: "We've decided to go another direction"**; no reply, no call. Last live call 6 Oct. | **must** | `dismissal` (SMS), reply owed | - |
| Sandra Kowalczyk (Polar Air Conditioning) | **"We'll stay with our current provider"** (11 Nov, windows-1252 Outlook mail). Nora answered the same evening with a **long written rebuttal** (six numbered points, about 400 words). Silence since. | **must** | `dismissal_answered_in_writing` (objection `need`/`timing`) | - |
| Piotr Nowak (Polar Air) | Asked about the accounting integration; answered. | either | - | - |
| Gareth Lloyd (Cwm Valley Lifts) | **"We're too busy right now"** by email 17 Nov; Nora texted, then **phoned instead of writing** on 18 Nov (transcript): trial agreed from 11 Jan, set-up call 2 Dec. Short recap email and Gareth's "that works". | **must not** (spoken live two days ago, next step agreed) | none open (answered by phone) | brother's wedding in Tenerife in February |
| Martin Feld (Aldersgate Property Services) | COO. **"The board wants to wait until next quarter"** (18 Nov, HTML-only mail with legal footer). Not answered. | **must** | `dismissal`, objection `timing` | - |
| Julia Stein (Aldersgate Property Services) | Champion. Forwarded (`aldersgate-forward.eml`) Martin's internal note showing the real reason is a **spending freeze** (budget), not timing; asks Nora to ring Thursday afternoon or Friday. Thursday passed. | **must** | `answer_owed` (asked for a call) | - |
| Kieran Walsh (Walsh Drainage) | **Price objection** ("bit steep", competitor at 25 a head) with the door open; on 13 Nov asked two questions (annual discount? survey reports included?) - **unanswered for a week**. From header `"Walsh, Kieran"`. | **must** | `answer_owed` + objection `price` | moving house on 28 November |
| Fatima Bello (Bello Cleaning Co) | **Budget objection** ("no budget until April"); Nora asked to call; Fatima on 12 Nov: **"Sure, ring me next week. Mornings are best, before 11."** It is Friday of that week; no call yet. | **must** | `objection` `budget` | - |
| Rachel Osei (Northgate Facilities) | Teams demo 3 Nov that **ended abruptly** (transcript); **authority objection**: "my CFO decides" (5 Nov). **Out of office until Mon 23 Nov** (auto-reply with `Auto-Submitted`). | either (a good list defers her to Monday) | `objection` `authority`; auto-reply | Iceland at New Year (northern lights) |
| Alan Brooke (Northgate Facilities) | CFO; emailed directly yesterday with the ROI summary, no answer yet; never spoken to. | either | - | - |
| Ben Carver (Carver Roofing) | The **pushy call** 29 Oct (pitch first, decision pushed on the phone, 12 s silence); order form chased; OOO reply without `Auto-Submitted`; on 16 Nov **"leaning towards RouteHawk... now's the time"** - unanswered. | **must** | `objection` `competitor` (+`price`), reply owed | back from the Algarve (Portugal) |
| Hélène Marchand (Lumière Nettoyage, Lyon) | **Vendor risk** ("Fieldnote is a small company"); Zoom call 10 Nov (transcript, the not-won call done well); continuity note sent; "we will decide in December". | either (not before mid-December) | `objection` `vendor_risk` (answered) | son on an Erasmus year in Manchester; Fête des Lumières on 8 December |
| Jonas Whitfield (Meadowbank Gardens) | **Won** on a Zoom call 12 Nov (transcript); then a **courtesy loop** (thanks / no, thank you / take care / "You too! 👍") and a cc'd "great session" with Sam. | **must not** (won, spoken 8 days ago, only courtesy pending) | `courtesy_loop` | marathon: Chester 3:41 in October, Valencia on 6 December (aiming for sub-3:30) |
| Imogen Hart (Hart & Daughter Electrical) | Two **questions** on 16 Nov (split shifts? annual discount?) still unanswered (base64-encoded mail). | either (answer first) | `answer_owed` | runs the business with her dad |
| Aisha Karim (Sparkle & Shine Window Cleaning) | **Timing objection** 4 Nov ("ask me again in a couple of weeks", a "Re:" mail with no In-Reply-To); Nora **called yesterday** (19 Nov, 18 min): trial from 1 Dec. Last message "Brilliant, thanks Nora!" | **must not** (called yesterday) | `courtesy_loop` / nothing owed | - |
| Samira Haddad (Oakleaf Care Services) | **Interest and scheduling**: "Could we meet in person next week? Tuesday 24th or Wednesday 25th" (19 Nov 16:55), not answered yet. | either (reply today) | `answer_owed` (scheduling) | - |
| Lewis Fenn (Oakleaf Care) | IT lead; data-hosting question answered. | either | - | - |
| Daniel Price (Riverside Locksmiths) | **Meeting already set**: demo at his workshop Tue 24 Nov 10:00 (invitation .ics accepted; confirmed by text yesterday). | **must not** (meeting set) | - | - |
| Eleanor Marsh (Marsh & Co Gas Services) | Customer. Only live contact in four months: the **admin call** of 28 Jul ("can we close those two seats?"). Since then voicemail, no answer, emails; renewal due 31 Dec, billing flags no response. | **must** (no live conversation for 115 days) | - | 25th wedding anniversary on 21 November (tomorrow), a cottage in the Lakes |
| Victor Adeyemi (Summit Solar) | Quote in August; last live call 20 Aug; voicemail and no answer since; text 11 Nov "will come back to you on the quote next week" - he has not. | **must** | - | daughter Ada born 2 September |
| Jo Pennington (Quayside Couriers) | **Left the company**: Nora's mail bounced (550 user unknown); Marcus Reid wrote "Jo has left Quayside, please contact me". | **must not** (left) | bounce | - |
| Marcus Reid (Quayside Couriers; vCard only) | New contact; Nora promised a call "next week"; mobile +44 7700 900702, afternoons. | either | - | new depot, 22 vans |
| Graham Tolley (Tolley Tree Surgery) | **Unsubscribe**: "Please take me off your list. Not interested." | **must not** (unsubscribed) | `unsubscribe` | - |
| Katrin Vogel (Vogel Haustechnik, Germany) | Enquiry, proposal link 16 Nov, **German out-of-office** (ISO-8859-1, `Auto-Submitted`) until 27 Nov. | either (a good list defers her) | auto-reply | - |
| Brandon Ruiz (Cactus Pool Service, Phoenix; personal address) | Call 30 Oct, question answered; **two voicemails** (13 and 17 Nov) and a text, no answer: **due for another try**. | **must** | - | - |
| Lucy Tran (Petal Post) | Asked "Could you give me a ring tomorrow?" (18 Nov); Nora **called yesterday** (19 Nov, 22 min). | **must not** (called yesterday) | - | Christmas rush from 10 December |
| Chloe Ferris (Ferris Mobile Valeting; personal address) | Customer onboarded 13 Nov (call); **SMS courtesy loop** ending in "😊". | **must not** (only courtesy pending) | `courtesy_loop` (SMS) | - |
| Harriet Cole (Cole Chimney Sweeps) | CRM row only; no mail, text or call. | either | - | - |

**Never on a call list** (not clients): Sam Okafor and Hal Whitcombe (colleagues), Fieldnote
Billing, Mail Delivery Subsystem, FieldOps Weekly (newsletter with `List-Unsubscribe`), The
Sales Guild (HTML-only webinar mail), Railco Tickets (receipt), and the unknown number
`+447700900999` (a wrong number asking for support, by text and call).

## Transcripts: what `rapport review` should find

| transcript | outcome | planted |
| --- | --- | --- |
| `2026-10-14_harbourline_discovery_meeting.vtt` | no_decision (next step: depot visit) | rapport first (the greyhound, the graduation), open and semi-open questions before the pitch, pitch fitted to the needs heard, in-person meeting agreed instead of a decision on the call, verbal sign-off, "I'll wait for you to sign off" |
| `2026-10-29_carver_roofing_call.srt` | no_decision | pitch before any question (a monologue of about 80 s), the few questions come after the pitch and are mostly closed, decision pushed on the phone ("can we sign today?"), a **12 s silence** after the push, competitor named, no rapport |
| `2026-07-28_marsh_gas_renewal_call.txt` | no_decision | **admin ask** ("can we close those two seats, or do you want to keep them?"), no rapport, the client's attempts at conversation cut short; the anniversary is mentioned in passing |
| `2026-11-03_northgate_demo_meeting.vtt` | no_decision | a decent opening and questions, authority objection ("Alan, our CFO, decides"), then an **abrupt end**: no goodbye from the client, no next step agreed, no sign-off notice |
| `2026-11-10_lumiere_followup_meeting.txt` | not_won ("for now I must say no. Not this year.") | neutral topic first (Fête des Lumières, her son), the three questions (what do you value most / what has convinced you / what keeps you from saying yes), **self-blame** ("I explained that badly... that's on me"), "no is a fair answer", **"Oh, just one more thing..."** that draws the honest answer (phone support language), graceful sign-off |
| `2026-11-12_meadowbank_decision_meeting.vtt` | won | **thanks** the customer, **confirms the decision with a reason** (two hours every Monday), next steps, then **stays to talk about the marathon**, no awkward silence, "I'll wait for you to leave the call" |
| `2026-11-18_cwm_valley_callback_call.srt` | no_decision (trial agreed) | the e-jection recovery done right: references his email, **asks permission** to ask questions, "no is absolutely fine", **0-10 scale** (6, then 8), asks whether the conversation changed his position, agrees path and timeline (2 Dec, 11 Jan, 8 Feb) |

Phone calls (`_call`) have no sign-off findings (null); video meetings (`_meeting`) do.

## Things planted on purpose

- mboxrd escaping: a body line starting "From what you both described" (sent 14 Oct) is
  stored as `>From`, and Tom's reply quotes it with a bare `>` so it is stored as `>>From`.
- The same message twice: `harbourline-proposal.eml` (CRLF) duplicates a message of
  `sent.mbox`; an import must count it once.
- Encodings: UTF-8 8bit/7bit, quoted-printable, base64 (Imogen), ISO-8859-1 8bit and QP
  (Hélène, Katrin's German out-of-office), windows-1252 QP with curly quotes (Sandra),
  RFC 2047 subjects and names (`=?ISO-8859-1?Q?...?=`, `=?UTF-8?B?...?=`), emoji.
- Structures: multipart/alternative (Gmail, Outlook, Apple Mail styles), HTML-only (Martin,
  a webinar), multipart/mixed with a PDF and a DOCX, text/calendar invitation and
  acceptance, a multipart/report bounce, a forward, Outlook "-----Original Message-----"
  and "From:/Sent:/To:/Subject:" blocks, "On ... wrote:" in several clients' formats
  (including French "Le ... a écrit :"), "-- " signatures, corporate signatures, legal
  footers, "Sent from my iPhone".
- Automatic mail with and without `Auto-Submitted`: Rachel and Katrin (auto-replied),
  Ben (Outlook "Automatic reply:" with only `X-Auto-Response-Suppress`), billing
  (auto-generated), newsletters (`Precedence: bulk`, `List-Unsubscribe`).
- Threading: a "Re:" subject without In-Reply-To (Aisha, 4 Nov); replies that answer an
  older message than the latest; a reply from someone cc'd (Tom).
- Time zones: BST to GMT on 25 Oct, CET/CEST (Lyon, Freiburg), Arizona (-0700, no DST).
- Contacts: one CSV row with two emails; a quoted company name with a comma ("Hart &
  Daughter Electrical, Ltd") and a job title with one; phones as `+44 7700 900123`,
  `07700 900124`, `+447700900215`, `(01632) 960 215`, `+44 (0)7700 900518`,
  `+1 (602) 555-0147`; an empty phone; vCard NOTE lines folded and with escaped commas.
- Call log: contacts given as phones (mixed formats), emails or names; offsets `Z`,
  `+01:00`, `-07:00` and one "YYYY-MM-DD HH:MM" without zone; a missed inbound call.
- SMS: `&apos;` and `&amp;` escapes, a `&#10;` newline (Dev's dismissal), emoji,
  addresses with and without `+44`, an "(Unknown)" sender.
- Maildir: flags `:2,S` and `:2,RS` in `cur/`, an unread message in `new/`, and a `.keep`
  file in `tmp/` (git keeps no empty folders; readers skip dot files).
"""


def render_readme(counts: dict) -> str:
    rows = []
    for c in CALLS:
        who = ", ".join(n for n in c.speakers.values() if n != NORA)
        fmt = {"teams_vtt": "WebVTT (Teams)", "zoom_vtt": "WebVTT (Zoom)", "srt": "SRT",
               "plain": "Name: text with [hh:mm:ss]", "zoom_txt": "Zoom TXT"}[c.fmt]
        d = c.duration_s
        rows.append(f"| `{c.filename}` | {fmt} | Nora, {who} | {d // 60}:{d % 60:02d}, {len(c.turns)} turns |")
    total = sum(v for k, v in counts.items() if k.startswith("mail ") and k != "mail eml-copy")
    return README_TEMPLATE.format(
        inbox=counts["mail inbox"], sent=counts["mail sent"],
        archive=counts["mail archive"] + counts.get("mail archive-new", 0),
        calls=len(CALLS), csv=counts["contacts.csv rows"], vcf=counts["contacts.vcf cards"],
        calllog=counts["calllog.csv rows"], sms=counts["sms-backup.xml texts"],
        mail_total=total, mail_files=total + counts.get("mail eml-copy", 0),
        call_rows="\n".join(sorted(rows)))

if __name__ == "__main__":
    sys.exit(main())
