"""The figures timeline as an SVG, drawn with Vega-Lite (Altair) and rendered server-side.

The browser has nothing to load: the SVG is served as an image (``<img>``), so no
script in it could run, and every mark carries its value as a label, so the plot reads
without hovering.
"""

from __future__ import annotations

from typing import Any

from khabar.web._source import Row

FONT = "Noto Sans Arabic, Noto Naskh Arabic, DejaVu Sans, sans-serif"


def plot_points(series: Row) -> list[dict[str, Any]]:
    """The points of a series that can sit on a time axis (a date and a numeric value).

    >>> plot_points({"points": [
    ...     {"date": "2024-10-17", "value": 10000, "speaker": "هاني النجار", "stance": "assert",
    ...      "first": True, "outlet": "الشرق"},
    ...     {"date": None, "value": 12000, "speaker": "x", "stance": "deny", "first": False}]})
    [{'date': '2024-10-17', 'value': 10000, 'speaker': 'هاني النجار', 'stance': 'assert', 'first': 'first report', 'outlet': 'الشرق', 'label': '10,000'}]
    """
    points = []
    # one colour per ledger speaker: the name it is first given in this series
    names: dict[str, str] = {}
    for p in series.get("points") or ():
        if p.get("speaker_id") and p.get("speaker"):
            names.setdefault(str(p["speaker_id"]), str(p["speaker"]))
    for p in series.get("points") or ():
        if p.get("date") is None or p.get("value") is None:
            continue
        points.append(
            {
                "date": str(p["date"]),
                "value": p["value"],
                "speaker": names.get(str(p.get("speaker_id")), p.get("speaker") or "unknown"),
                "stance": p.get("stance") or "assert",
                "first": "first report" if p.get("first") else "repeat",
                "outlet": p.get("outlet") or "",
                "label": f"{p['value']:,}",
            }
        )
    return points


def figure_spec(series: Row) -> dict[str, Any]:
    """A Vega-Lite spec: value over time, one mark per statement, colour by speaker."""
    import altair as alt

    data = alt.Data(values=plot_points(series))  # type: ignore[no-untyped-call]
    title = " · ".join(str(t) for t in (series.get("subject"), series.get("unit")) if t)
    base = alt.Chart(data, title=title or str(series.get("id", ""))).encode(
        x=alt.X(
            "date:T",
            title="date of the statement",
            axis=alt.Axis(format="%Y-%m-%d", tickCount={"interval": "day", "step": 1}),
        ),
        y=alt.Y("value:Q", title=str(series.get("unit") or "value"), scale=alt.Scale(zero=False)),
    )
    line = base.mark_line(color="#bbb", strokeDash=[4, 3])
    dots = base.mark_point(filled=True, size=140).encode(
        color=alt.Color("speaker:N", title="speaker"),
        shape=alt.Shape(
            "first:N",
            title="",
            scale=alt.Scale(domain=["first report", "repeat"], range=["diamond", "circle"]),
        ),
        tooltip=["date:T", "value:Q", "speaker:N", "stance:N", "outlet:N"],
    )
    labels = base.mark_text(dy=-14, fontSize=11).encode(text="label:N")
    chart = (line + dots + labels).properties(width=640, height=300)
    chart = chart.configure(font=FONT).configure_legend(orient="bottom", columns=3)
    spec: dict[str, Any] = chart.to_dict()
    return spec


def figure_svg(series: Row) -> str:
    """The timeline of one figure series as an SVG document."""
    import vl_convert

    svg: str = vl_convert.vegalite_to_svg(figure_spec(series))
    return svg
