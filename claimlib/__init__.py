r"""claimlib: who said what in a news article, as pandas tables.

>>> import claimlib
>>> result = claimlib.analyze("seeds/000_f2937b82b4b0c76a.txt")  # doctest: +SKIP
>>> result = claimlib.analyze_text("Headline\n\nBody text...")      # doctest: +SKIP
>>> result.quotes[["speaker", "type", "content"]]                 # doctest: +SKIP
"""
__version__ = "0.1.0"

from .article import Article, ArticleError, read_article, read_articles  # noqa: E402
from .corpus import NothingAnalysedError, analyze, analyze_article, analyze_text  # noqa: E402
from .tables import CONTRACT_COLUMNS, Analysis  # noqa: E402

__all__ = [
    "Analysis", "Article", "ArticleError", "CONTRACT_COLUMNS", "NothingAnalysedError",
    "analyze", "analyze_article", "analyze_text", "read_article", "read_articles", "__version__",
]
