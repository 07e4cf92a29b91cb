"""Analysis code for the Dortmund programme check.

Modules
-------
data        load and validate the sourced figures in ``data/`` (``load_series``)
catalogue   validate ``data/datapackage.json`` and the files it describes
pledges     the pledge catalogue and its assessment scales
forecast    benchmark forecasts and rolling-origin backtests
feasibility feasibility arithmetic and the verdict rules
plotting    the one chart style of the book (fan charts with target and source footer)
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"

__all__ = ["ROOT", "DATA_DIR"]
