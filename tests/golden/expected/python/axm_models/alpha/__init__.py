# generated from schema/ by axm-schema; do not edit
"""The models of Alpha edition for the objects whose contract depends on the API variant
(``Gadget``).

``strict``, ``lenient``, ``enums`` and ``rules`` mirror the shared modules of ``axm_models``; the
objects that do not depend on the variant are imported from there.
"""

from axm_models.alpha import enums, lenient, rules, strict

__all__ = ["enums", "lenient", "rules", "strict"]
