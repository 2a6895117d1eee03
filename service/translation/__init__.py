"""Machine translation, in one package: the ``Translator`` protocol and window splitting (``base``), the batch
scheduler every backend shares (``scheduler``), the Marian (``marian``) and CTranslate2 (``ct2``) backends, the
process's model pool (``pool``), the micro-batcher for concurrent requests (``microbatch``), the model-side
punctuation copy (``punctuation``), the quality flags (``quality``) and the stateless translate/detect use cases
(``usecases``). Nothing in ``service.pipeline`` imports from here: the pipeline stays pure.
"""

from service.translation.base import Translation, Translator
from service.translation.pool import ModelPool, load_translator

__all__ = ["ModelPool", "Translation", "Translator", "load_translator"]
