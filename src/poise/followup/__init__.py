"""After the interview: the debrief, the thank-you letter, the follow-up schedule and the pipeline."""
