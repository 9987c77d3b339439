"""The coach's eye: pure, explainable analysis of one interview answer."""

from poise.analysis.analyse import AnalysisContext, analyse
from poise.analysis.report import Evidence, Finding, Report

__all__ = ["AnalysisContext", "Evidence", "Finding", "Report", "analyse"]
