"""Track statements across a small corpus: ingest, query by speaker, find repeats and conflicts.

Run: python examples/track_corpus.py
The articles are written for the project.
"""

from datetime import date

ARTICLES = [
    {"id": "ex-001", "outlet": "Le Courrier diplomatique", "published": date(2024, 3, 4),
     "text": "« Aucune option n'est écartée », a déclaré lundi le porte-parole du Kremlin, "
             "interrogé sur une éventuelle rencontre au sommet."},
    {"id": "ex-002", "outlet": "La Gazette de l'Est", "published": date(2024, 3, 4),
     "text": "Le Kremlin a assuré lundi qu'aucune option n'était écartée. "
             "« Aucune option n'est écartée », a répété le porte-parole de la présidence russe."},
    {"id": "ex-003", "outlet": "L'Observateur des nations", "published": date(2024, 3, 6),
     "text": "« Aucune option n'est écartée », a affirmé mercredi le ministre des Affaires étrangères, "
             "reprenant mot pour mot une formule entendue à Moscou."},
    {"id": "ex-004", "outlet": "Le Courrier diplomatique", "published": date(2024, 3, 7),
     "text": "« Le dialogue reste la seule voie », a estimé jeudi la Maison-Blanche dans un communiqué."},
]


def main() -> None:
    try:
        from quotetrack.track import Tracker
    except ImportError:
        print("quotetrack.track is not available in this version yet: nothing to track.")
        return
    with Tracker(":memory:") as tracker:
        for a in ARTICLES:
            tracker.add(a["text"], id=a["id"], outlet=a["outlet"], published=a["published"])
        tracker.add(ARTICLES[0]["text"], id="ex-001", outlet=ARTICLES[0]["outlet"],
                    published=ARTICLES[0]["published"])  # re-adding an article is a no-op
        statements = tracker.statements()
        print(f"{len(statements)} statements stored")
        for s in statements:
            print(f"  {s.published} {s.outlet:<28} {s.kind:<8} {s.speaker or '?':<24} « {s.text} »")
        print("\nKremlin:", [s.text for s in tracker.statements(speaker="Kremlin")])
        print("\nrepeats:")
        for cluster in tracker.repeats():
            outlets = ", ".join(cluster.outlets)
            print(f"  « {cluster.first.text} » first seen {cluster.first_seen}, "
                  f"{len(cluster.members)} times in: {outlets}")
        print("\nconflicts:")
        for conflict in tracker.conflicts():
            print(f"  « {conflict.text} » ({conflict.severity}): {' / '.join(conflict.speakers)}")


if __name__ == "__main__":
    main()
