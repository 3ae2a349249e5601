"""Attribute every quotation of an article to its speaker, and show why.

Run: python examples/attribute_explain.py
The article is written for the project; the names are those of real institutions.
"""

import quotetrack

ARTICLE = """Moscou et Washington se sont parlé pendant plus d'une heure, lundi, sans annoncer de percée.

« Les deux présidents sont convenus de poursuivre le dialogue », a indiqué le Kremlin dans un communiqué, ajoutant que de nouveaux contacts auraient lieu « dans les prochains jours ».

La Maison-Blanche a pour sa part jugé l'échange « franc et utile ». Selon un haut responsable américain, aucune date n'a toutefois été fixée pour une rencontre.

Le porte-parole du Quai d'Orsay a salué « un premier pas ». « Il faut maintenant des actes », a-t-il ajouté.
"""


def main() -> None:
    doc = quotetrack.extract(ARTICLE)
    print(f"{len(doc.quotes)} quotes; speakers: {doc.speakers()}\n")
    for i, q in enumerate(doc.quotes, 1):
        assert ARTICLE[q.start : q.end] == q.text  # offsets always point into the original text
        print(f"[{i}] {q.explain()}")
        if q.attribution is not None:
            for span in q.attribution.evidence:
                print(f"      evidence [{span.start}:{span.end}] {span.text!r}")
            if q.attribution.chain:
                print(f"      resolution: {' → '.join(q.attribution.chain)}")
        if q.channel:
            print(f"      channel: {q.channel}")


if __name__ == "__main__":
    main()
