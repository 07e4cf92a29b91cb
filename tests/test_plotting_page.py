"""Charts reach the page through show(): legible on a phone, with alt text, data download and deterministic bytes."""

import base64
import re
import subprocess
import sys
import urllib.parse

import pandas as pd
import pytest

from analysis import ROOT, plotting


@pytest.fixture(autouse=True)
def style():
    plotting.apply_style()
    yield
    plotting.plt.close("all")


LABELS = dict(
    unit="dwellings per year",
    source="Source: Stadt Dortmund, Wohnungsmarktbericht 2024, table 3; IT.NRW, Landesdatenbank, table 31121-01i",
    as_of="2024-12-31",
    subtitle="Completions including conversions: data to 2019, forecast with 80 % and 95 % intervals, outcome",
)
LONG_TITLE = "A 2019 forecast gave the target a small chance, and completions stayed below it in most years of the term"
ALT = "Completions stayed below the pledge in most years of the term"


def fan():
    history = pd.Series([1800.0, 1500.0, 1700.0, 1650.0, 1900.0, 1750.0], index=range(2014, 2020))
    fc = pd.DataFrame({"mean": [1800.0, 1810.0], "lo80": [1500.0, 1450.0], "hi80": [2100.0, 2150.0],
                       "lo95": [1300.0, 1250.0], "hi95": [2300.0, 2350.0]}, index=[2020, 2021])
    return plotting.fan_chart(history, fc, title=LONG_TITLE, target=2000.0, target_label="pledge: 2,000 a year",
                              outcome=pd.Series([1700.0, 2121.0], index=[2020, 2021]), **LABELS)


def lines():
    series = {
        "Dortmund, city balance": pd.Series([10.0, 20.0, 25.0, 30.0], index=[1995, 2005, 2012, 2019]),
        "Germany (UBA inventory, several vintages)": pd.Series([15.0, 21.0, 27.0, 31.0], index=[1995, 2005, 2012, 2019]),
        "NRW (state inventory)": pd.Series([12.0, 18.0, 26.0, 31.0], index=[1995, 2005, 2012, 2019]),
    }
    return plotting.line_chart(series, title=LONG_TITLE, target=pd.Series([40.0, 55.0], index=[2020, 2030]),
                               target_label="city targets (2035: neutrality)", emphasis="Dortmund, city balance",
                               **LABELS)


def bars():
    values = pd.Series({"Velorouten built by early 2026": 30.0, "scheduled by 2028": 60.0,
                        "network decided in 2016": 100.0})
    return plotting.bar_chart(values, title=LONG_TITLE, target=80.0, target_label="pledge", **LABELS)


def many_bars():
    return plotting.bar_chart(pd.Series(range(30), index=range(1995, 2025), dtype=float), title="Bars", target=20.0,
                              **LABELS)


CHARTS = {"fan_chart": fan, "line_chart": lines, "bar_chart": bars, "bar_chart, 30 bars": many_bars}


@pytest.mark.parametrize("make", CHARTS.values(), ids=CHARTS.keys())
@pytest.mark.parametrize("width", [358, plotting.PHONE_WIDTH_PX])
def test_no_text_is_smaller_than_9_px_on_a_phone(make, width):
    ax = make()
    sizes = plotting.text_sizes(ax.figure, display_px=width)
    assert len(sizes) > 10  # title, subtitle, unit, ticks, legend, footer were all measured
    smallest = min(px for _, px in sizes)
    assert smallest >= 9, f"smallest text is {smallest:.2f} px at {width} px display width"
    assert ax.figure.get_size_inches()[0] == pytest.approx(plotting.FIG_WIDTH_IN)


def test_rendered_size_follows_display_and_figure_width():
    assert plotting.rendered_px(12, 6.4, 358) == pytest.approx(12 * 358 / 460.8)
    assert plotting.rendered_px(9, 8, 358) < 6  # the old 9 pt legend on an 8 in figure


def test_a_legend_shrunk_after_finish_is_refused_by_show():
    ax = lines()
    ax.legend(fontsize=6)
    ax.get_legend().set_in_layout(True)
    with pytest.raises(ValueError, match="below 9 px"):
        plotting.check_legible(ax.figure)
    # show() lays the chart out again: the legend moves below the axes at the book's size and passes
    bundle = plotting.render(ax, alt=ALT)
    assert bundle["text/html"].startswith('<figure class="chart" data-source="')


@pytest.mark.parametrize("make", CHARTS.values(), ids=CHARTS.keys())
def test_header_legend_and_footer_stay_outside_the_data_area(make):
    ax = make()
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    area = ax.get_window_extent(renderer)
    legend = fig.legends[0].get_window_extent(renderer)
    footer = fig.texts[0].get_window_extent(renderer)
    title = ax.get_title(loc="left")
    assert legend.y1 < area.y0 and footer.y1 <= legend.y0 + 1e-6
    assert all(t.get_window_extent(renderer).y0 >= area.y1 for t in ax.texts)
    if make is not many_bars:
        assert "\n" in title and title.replace("\n", " ") == LONG_TITLE  # wrapped to the width, words intact
    for artist in [legend, footer, *(t.get_window_extent(renderer) for t in ax.texts)]:
        assert 0 <= artist.x0 and artist.x1 <= fig.bbox.x1 + 1  # nothing runs off the figure


def test_category_names_are_wrapped_to_their_bar():
    ax = bars()
    assert [t.get_text() for t in ax.get_xticklabels()][0].count("\n") >= 1


def images(html):
    return base64.b64decode(re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html).group(1))


def test_show_displays_one_html_figure_with_alt_text_and_csv_download(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw: shown.append((obj, raw)))
    ax = fan()
    assert plotting.show(ax, alt=ALT + ' & "bars"', name="completions-fan") is None
    [(bundle, raw)] = shown
    assert raw and set(bundle) == {"text/html", "text/plain"}
    page = bundle["text/html"]
    assert page.startswith('<figure class="chart" data-source="') and page.endswith("</figcaption></figure>")
    assert f'alt="{ALT} &amp; &quot;bars&quot;"' in page
    assert 'download="completions-fan.csv"' in page and "Download the data behind this chart (CSV)" in page
    csv = urllib.parse.unquote(re.search(r'href="data:text/csv;charset=utf-8,([^"]+)"', page).group(1))
    assert csv.splitlines()[0] == "series,x,y,lo80,hi80,lo95,hi95"
    assert "outcome,2021,2121.0" in csv
    svg = images(page)
    assert svg.startswith(b"<?xml") and b"<text" not in svg  # text drawn as paths
    assert bundle["text/plain"] == f"Chart: {LONG_TITLE} — {len(csv.splitlines()) - 1} rows of data"
    assert not plotting.plt.get_fignums()  # the figure was closed, so no second image appears


def test_a_change_in_the_chart_or_its_data_changes_the_output():
    first = plotting.render(fan(), alt=ALT)["text/html"]
    again = plotting.render(fan(), alt=ALT)["text/html"]
    assert first == again
    ax = fan()
    ax.get_lines()[0].set_color("black")
    assert images(plotting.render(ax, alt=ALT)["text/html"]) != images(first)
    other = plotting.render(fan(), alt=ALT, data=pd.DataFrame({"year": [2020], "value": [1.0]}))["text/html"]
    assert images(other) == images(first) and other != first


@pytest.mark.parametrize("alt", ["", "   ", "chart_3.png", "fig-ab12cd.svg", "Completions below pledge"])
def test_show_refuses_alt_text_that_states_no_finding(alt):
    with pytest.raises(ValueError, match="alt text"):
        plotting.render(fan(), alt=alt)


def test_show_refuses_a_chart_without_the_book_frame_or_a_bad_file_name():
    _, ax = plotting.plt.subplots()
    ax.plot([1, 2], [3, 4])
    with pytest.raises(ValueError, match="finish"):
        plotting.render(ax, alt=ALT)
    with pytest.raises(ValueError, match="download name"):
        plotting.render(fan(), alt=ALT, name="../etc/passwd")
    with pytest.raises(ValueError, match="empty"):
        plotting.render(fan(), alt=ALT, data=pd.DataFrame())


def test_default_download_name_comes_from_the_title():
    assert plotting.slug("Dortmund's Straßen: 2,000 Wohnungen?") == "dortmund-s-strassen-2-000-wohnungen"
    assert plotting.slug("x" * 70) == "x" * 60
    assert 'download="a-2019-forecast-gave-the-target-a-small-chance-and.csv"' in plotting.render(
        fan(), alt=ALT)["text/html"]


SCRIPT = """
import sys; sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
import test_plotting_page as t
from analysis import plotting
plotting.apply_style()
sys.stdout.write(t.images(plotting.render(t.fan(), alt=t.ALT)["text/html"]).hex())
"""


def test_svg_bytes_are_identical_in_fresh_processes():
    script = SCRIPT.format(root=str(ROOT), tests=str(ROOT / "tests"))
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
            for _ in range(2)]
    assert runs[0] and runs[0] == runs[1]
    assert bytes.fromhex(runs[0]) == images(plotting.render(fan(), alt=ALT)["text/html"])
