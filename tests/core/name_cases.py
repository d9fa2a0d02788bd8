"""The clients of the pseudonymisation tests, and the ways their names are written that an
export must never keep (each form is a whole word of the text it stands in)."""

from __future__ import annotations

CLIENTS = (
    "Лента",
    "Нева Медиа",
    "Северный Ветер",
    "Blue Sky Media",
    "Nordwind Capital",
    "Ромашка",
    "Acme",
)

FORMS: tuple[tuple[str, str], ...] = tuple(
    (client, form)
    for client, forms in (
        (
            "Лента",
            "Лента Ленты Ленте Ленту Лентой Лентою Лент Лентам Лентами Лентах ЛЕНТА лента "
            "Lenta LENTA",
        ),
        (
            "Нева Медиа",
            "Нева_Медиа|Невы_Медиа|Неве_Медиа|Неву_Медиа|Невой_Медиа|НЕВА_МЕДИА|Neva_Media|"
            "нева-медиа|НеваМедиа",
        ),
        (
            "Северный Ветер",
            "Северный_Ветер|Северного_Ветра|Северному_Ветру|Северным_Ветром|Северном_Ветре|"
            "Северные_Ветры|Северных_Ветров|северный-ветер|Severnyy_Veter|СЕВЕРНЫЙ_ВЕТЕР|"
            "Северный_Ветёр|Северным_Ветрам",
        ),
        (
            "Blue Sky Media",
            "Blue_Sky_Media|BLUE_SKY_MEDIA|blue-sky-media|BlueSkyMedia|blue_sky_media|"
            "Blue_Sky_Medias",
        ),
        (
            "Nordwind Capital",
            "Nordwind_Capital|Nordwind|NORDWIND|nordwind_capital|Нордвинд|Нордвинда|"
            "Нордвиндом|Нордвинду|Nordwinds|NordwindCapital",
        ),
        (
            "Ромашка",
            "Ромашка Ромашки Ромашке Ромашку Ромашкой Ромашек Ромашкам Ромашками Ромашках "
            "РОМАШКА ромашка Romashka ROMASHKA",
        ),
        ("Acme", "Acme ACME acme Acmes Акме АКМЕ Акмой Акмы akme"),
    )
    for form in (forms.split("|") if "|" in forms else forms.split())
)


def written(form: str) -> str:
    """The form as a text writes it: "Северного_Ветра" stands for «Северного Ветра»."""
    return form.replace("_", " ")


# How a form may be glued to its neighbours in a text; none of these may hide it.
GLUES = (
    "{} ",
    "#{}",
    "@{}",
    "{}2024",
    "{}_team",
    "{}'s",
    "{}’s",
    "«{}»",
    "({})",
    "{}-",
    "\n{}\n",
)
