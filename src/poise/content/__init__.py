"""The knowledge base: questions, competencies, formats, lexicons, rules and templates as data."""
