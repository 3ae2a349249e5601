"""Link an article's quotes to a French communiqué and to an English readout.

Run: python examples/link_communique.py
All texts are written for the project.
"""

import quotetrack

COMMUNIQUE_FR = """Communiqué du ministère de l'Europe et des Affaires étrangères

La France condamne avec la plus grande fermeté l'attaque commise hier contre un convoi humanitaire dans le nord du pays. Elle appelle toutes les parties à respecter le cessez-le-feu et à garantir un accès humanitaire sans entrave. La France se tient aux côtés de ses partenaires pour que les responsables répondent de leurs actes.
"""

READOUT_EN = """Readout of the President's call with the President of France

The two leaders condemned yesterday's attack on a humanitarian convoy. The President stressed the need for full and unhindered humanitarian access. They agreed to stay in close contact in the coming days.
"""

ARTICLE = """Paris a vivement réagi mardi à l'attaque contre un convoi humanitaire.

« La France condamne avec la plus grande fermeté l'attaque commise hier contre un convoi humanitaire dans le nord du pays », a indiqué le Quai d'Orsay dans un communiqué, appelant les parties à « respecter le cessez-le-feu ». Le ministère a ajouté que la France exigerait « des sanctions immédiates ».

Le président américain a de son côté insisté sur la nécessité d'un accès humanitaire « complet et sans entrave », selon la Maison-Blanche.
"""


def main() -> None:
    try:
        from quotetrack import Source, link
    except ImportError:
        print("quotetrack.link is not available in this version yet: nothing to link.")
        return
    sources = [
        Source(id="quai-exemple", text=COMMUNIQUE_FR, lang="fr", author="Quai d'Orsay"),
        Source(id="readout-exemple", text=READOUT_EN, lang="en", author="White House"),
    ]
    doc = quotetrack.extract(ARTICLE)
    for lk in link(doc, sources):
        print(lk.explain())
        for op in lk.diff:
            if op.op != "equal":
                print(f"    {op.op}: {op.source_words!r} → {op.words!r}")


if __name__ == "__main__":
    main()
