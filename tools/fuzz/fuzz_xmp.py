"""XMP packets: ``parse_xmp`` as the worker calls it, then the caption language guess.

``parse_xmp`` promises to turn any packet into captions, keywords and warnings without raising
(bad XMP costs a warning, never the photograph). Dictionary: ``xmp.dict`` (XMP/RDF tokens).
"""

from __future__ import annotations

import re
import sys

from _harness import instrumented, main

with instrumented():
    import xml.etree.ElementTree  # noqa: F401

    import defusedxml.ElementTree  # noqa: F401  (imported lazily by parse_xmp: instrument it here)

    from photobook.indexer.embedded import Embedded, parse_xmp, resolve_default


def test_one(data: bytes) -> None:
    emb = Embedded()
    parse_xmp(data, emb)
    resolve_default(emb)
    for lang, caption in emb.captions.items():
        assert re.fullmatch(r"[a-z]{2,3}", lang), lang  # fr, ar, en, or another language's tag
        assert isinstance(caption["title"], str) and isinstance(caption["text"], str)
    assert all(isinstance(k, str) and k for k in emb.keywords)
    assert all(path and all(isinstance(n, str) and n for n in path) for path in emb.keyword_paths)
    assert all(isinstance(v, str) and v for v in emb.location.values())


if __name__ == "__main__":
    sys.exit(main(test_one, dictionary="xmp.dict"))
