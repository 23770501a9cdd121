"""Evaluator screens."""
