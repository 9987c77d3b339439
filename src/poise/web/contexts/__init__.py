"""Page contexts: what each page shows, as frozen dataclasses built from the services' results.

One module per area, mirroring the pages: base (the page frame, shared helpers), dashboard,
application, stories, prep, settings, practice (the live session), practice_report, followup,
catalogue (the question bank and the Analyse page).
"""
