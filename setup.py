"""The build's one step that pyproject.toml cannot say: the top-level ``resources/`` and ``data/``
folders become the package data ``photobook.resources`` and ``photobook.data``, so that a wheel
carries the fonts, translations, stylesheet, icon and demo archive, and an editable install maps
them to the checkout. Everything else about the package is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("src"), "photobook.resources", "photobook.data"],
    package_dir={"": "src", "photobook.resources": "resources", "photobook.data": "data"},
)
