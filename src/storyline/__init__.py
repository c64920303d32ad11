"""Storyline: who said what about whom, when — from scraped multilingual news."""

__version__ = "0.1.0"
