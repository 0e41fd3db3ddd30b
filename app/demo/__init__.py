"""Realistic demo branches for `make run`, tests and benchmarks (`shakha demo`)."""

from app.demo.generator import DemoSummary, generate_demo

__all__ = ["DemoSummary", "generate_demo"]
