"""What may give an interviewer pause: concerns ranked by severity, each with a drafted answer plan.

Split by concern family: ``requirements`` (gaps against what the job asks), ``sector`` (industry,
regulation and public-sector switches), ``jurisdiction`` (a post under another country's laws
and regulators), ``career`` (tenures, gaps, breaks, level), ``place`` (location and relocation),
``board`` (a post that answers to the board); ``evidence`` picks the résumé lines they argue
from, ``wording`` merges and words them, ``model`` holds the shapes, ``predict`` runs them all.
"""

from poise.fit.concerns.model import AnswerPlan, Concern, severity_of
from poise.fit.concerns.predict import predict_concerns

__all__ = ["AnswerPlan", "Concern", "predict_concerns", "severity_of"]
