"""The interactive, resumable ``assess`` session, independent of the command line.

* ``session``  — the conversation: profile, questions, commands, the end (:class:`Session`)
* ``state``    — the questionnaire being filled in, the question order, atomic saving
* ``answers``  — a typed line to an answer value, checked by the scoring rules
* ``commands`` — the command keywords (``?``, ``<``, ``>``, ``n/a``, ``!note``, ``:q`` ...)
* ``profile``  — the village profile fields and their checks
* ``display``  — how questions and progress look (Rich)
* ``terminal`` — reading lines and showing text; typed text is cleaned here
* ``texts``    — everything said, in Latvian and English
"""
