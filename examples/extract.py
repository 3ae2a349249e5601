"""Extract and explain the quotations of a short French text written for the project.

Run: python examples/extract.py
"""

import quotetrack

TEXT = """Le ministre des Affaires étrangères a reçu son homologue mardi à Paris.

« Nous ne céderons rien sur l'essentiel », a déclaré le chef de la diplomatie française à l'issue de l'entretien.
"""

doc = quotetrack.extract(TEXT)
for q in doc.quotes:
    print(q.explain())
