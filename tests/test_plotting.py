"""Every chart carries title, unit, source and as-of date; the fan chart draws bands and target."""

import pandas as pd
import pytest

from analysis import plotting


@pytest.fixture(autouse=True)
def style():
    plotting.apply_style()
    yield
    plotting.plt.close("all")


def footer_texts(ax):
    return [t.get_text() for t in ax.figure.texts]


@pytest.mark.parametrize("missing", ["title", "unit", "source", "as_of"])
def test_finish_refuses_a_chart_without_its_labels(missing):
    _, ax = plotting.plt.subplots()
    labels = dict(title="T", unit="dwellings", source="Source: IT.NRW", as_of="2024")
    labels[missing] = " "
    with pytest.raises(ValueError, match=f"needs a {missing}"):
        plotting.finish(ax, **labels)


def _fan_inputs():
    history = pd.Series([1.0, 2.0, 3.0], index=[2017, 2018, 2019])
    fc = pd.DataFrame(
        {"mean": [4.0, 5.0], "lo80": [3.5, 4.0], "hi80": [4.5, 6.0], "lo95": [3.0, 3.5], "hi95": [5.0, 6.5]},
        index=[2020, 2021],
    )
    return history, fc


def test_fan_chart_has_footer_bands_and_target():
    history, fc = _fan_inputs()
    ax = plotting.fan_chart(history, fc, title="Rising", unit="dwellings", source="Source: X", as_of="2019-12-31",
                            target=4.5, outcome=pd.Series([3.8], index=[2020]))
    assert footer_texts(ax) == ["Source: X. Data as of 2019-12-31."]
    assert ax.get_title(loc="left") == "Rising"
    labels = ax.get_legend_handles_labels()[1]
    assert {"80 % interval", "95 % interval", "forecast", "target", "outcome"} <= set(labels)


def test_line_chart_draws_each_definition_as_its_own_line():
    lines = {"register": pd.Series([1.0, 2.0], index=[2018, 2019]), "official": pd.Series([0.5, 0.7], index=[2018, 2019])}
    ax = plotting.line_chart(lines, title="Two", unit="persons", source="Source: Y", as_of="2019")
    assert len(ax.get_lines()) == 2


def test_bar_chart_with_target():
    ax = plotting.bar_chart(pd.Series([1.0, 3.0], index=[2020, 2021]), title="Bars", unit="dwellings", source="Source: Z",
                            as_of="2021", target=2.0)
    assert len(ax.patches) == 2
    assert "target" in ax.get_legend_handles_labels()[1]


def test_lines_break_at_missing_years():
    gappy = pd.Series([1.0, 2.0, 3.0], index=[2005, 2006, 2014])
    shown = plotting.with_gaps(gappy)
    assert list(shown.index) == list(range(2005, 2015))
    assert shown.isna().sum() == 7
    ax = plotting.line_chart({"s": gappy}, title="Gap", unit="u", source="Source: S", as_of="2014")
    ydata = ax.get_lines()[0].get_ydata()
    assert len(ydata) == 10  # the line holds NaN for the missing years, so it is not drawn across them


def test_events_are_not_gaps_and_colours_can_be_named():
    votes = pd.Series([40.0, 30.0, 25.0], index=[2014, 2020, 2025])
    ax = plotting.line_chart({"SPD": votes}, title="T", unit="percent", source="Source: S", as_of="2025", gaps=False,
                             colors={"SPD": "#e3000f"})
    line = ax.get_lines()[0]
    assert list(line.get_xdata()) == [2014, 2020, 2025]
    assert line.get_color() == "#e3000f"


def test_year_axis_prints_years_without_thousands_separators():
    _, ax = plotting.plt.subplots()
    ax.plot([200, 300, 400], [2027.9, 2032.3, 2039.2])
    plotting.finish(ax, title="T", unit="year", source="Source: city", as_of="2024")
    assert ax.yaxis.get_major_formatter()(2030, 0) == "2,030"  # the default suits counts, not years
    plotting.year_axis(ax)
    assert ax.yaxis.get_major_formatter()(2030, 0) == "2030"
    assert all(float(v).is_integer() for v in ax.get_yticks())
    with pytest.raises(ValueError, match="axis must be"):
        plotting.year_axis(ax, axis="z")


def test_fan_chart_names_the_outcome_line_as_told():
    history, fc = _fan_inputs()
    ax = plotting.fan_chart(history, fc, title="Rising", unit="t", source="Source: X", as_of="2021",
                            outcome=pd.Series([3.8, 4.1], index=[2020, 2021]), outcome_label="reported (two vintages)")
    labels = ax.get_legend_handles_labels()[1]
    assert "reported (two vintages)" in labels and "outcome" not in labels


def test_fan_chart_records_exactly_what_it_plotted():
    history, fc = _fan_inputs()
    ax = plotting.fan_chart(history, fc, title="Rising", unit="t", source="Source: X", as_of="2021", target=4.5,
                            outcome=pd.Series([3.8, 4.1], index=[2020, 2021]))
    data = plotting.plotted_data(ax)
    assert list(data.columns) == ["series", "x", "y", "lo80", "hi80", "lo95", "hi95"]
    assert list(data["series"].unique()) == ["observed (forecast basis)", "forecast", "outcome", "target"]
    forecast_rows = data[data["series"] == "forecast"]
    assert forecast_rows[["x", "y", "lo80", "hi95"]].values.tolist() == [[2020, 4.0, 3.5, 5.0], [2021, 5.0, 4.0, 6.5]]
    target = data[data["series"] == "target"]
    assert target["x"].isna().all() and target["y"].tolist() == [4.5]


def test_line_data_keep_observed_points_only_and_raw_lines_are_read_back():
    _, ax = plotting.plt.subplots()
    ax.plot([2020, 2021], [7.0, 8.0], label="drawn by hand")
    ax.axvline(2019.0, label="origin")
    gappy = pd.Series([1.0, 2.0, 3.0], index=[2005, 2006, 2014])
    plotting.line_chart({"s": gappy}, title="Gap", unit="u", source="Source: S", as_of="2014", ax=ax)
    data = plotting.plotted_data(ax)
    assert data[data["series"] == "s"][["x", "y"]].values.tolist() == [[2005, 1.0], [2006, 2.0], [2014, 3.0]]
    assert data[data["series"] == "drawn by hand"]["y"].tolist() == [7.0, 8.0]
    origin = data[data["series"] == "origin"]
    assert origin["x"].tolist() == [2019.0] and origin["y"].isna().all()
    assert "lo80" not in data.columns


def test_bar_chart_records_its_bars_and_a_chart_without_data_is_refused():
    ax = plotting.bar_chart(pd.Series([1.0, 3.0], index=["a", "b"]), title="Bars", unit="km", source="Source: Z",
                            as_of="2021")
    assert plotting.plotted_data(ax)[["series", "x", "y"]].values.tolist() == [["km", "a", 1.0], ["km", "b", 3.0]]
    _, ax = plotting.plt.subplots()
    ax.bar(["a"], [1.0])
    plotting.finish(ax, title="Hand-made", unit="u", source="Source: S", as_of="2020")
    with pytest.raises(ValueError, match="'Hand-made'.*pass the data"):
        plotting.plotted_data(ax)


def test_the_emphasised_line_is_drawn_on_top_and_thicker():
    lines = {"Germany": pd.Series([1.0, 2.0], index=[2018, 2019]), "Dortmund": pd.Series([1.0, 2.0], index=[2018, 2019])}
    ax = plotting.line_chart(lines, title="T", unit="u", source="Source: S", as_of="2019", emphasis="Dortmund")
    germany, dortmund = ax.get_lines()
    assert dortmund.get_zorder() > germany.get_zorder()
    assert dortmund.get_linewidth() > germany.get_linewidth() and germany.get_alpha() < 1
    assert ax.get_legend_handles_labels()[1] == ["Germany", "Dortmund"]  # legend keeps the given order
    with pytest.raises(ValueError, match="emphasis 'Bochum'"):
        plotting.line_chart(lines, title="T", unit="u", source="Source: S", as_of="2019", emphasis="Bochum")


def test_titles_that_state_a_comparison_are_checked_against_the_data():
    completions = pd.Series([1900.0, 1800.0, 2121.0, float("nan")], index=[2020, 2021, 2022, 2023])
    assert plotting.count_above(completions, 2000) == 1
    assert plotting.count_below(completions, 2000) == 2
    with pytest.raises(ValueError, match="contradict the chart title: 'Completions stayed below 2,000'"):
        plotting.check_claim(plotting.count_above(completions, 2000) == 0, "Completions stayed below 2,000")
    title = "Completions exceeded 2,000 in one year"
    assert plotting.check_claim(plotting.count_above(completions, 2000) == 1, title) == title
    with pytest.raises(TypeError, match="True/False"):
        plotting.check_claim(completions > 0, title)
    with pytest.raises(ValueError, match="at least one value"):
        plotting.count_above(pd.Series([float("nan")]), 1)


def test_legend_sits_below_the_axes_and_long_labels_are_wrapped():
    long = "OZG catalogue, 575 services of all levels of government (other unit, context only)"
    lines = {long: pd.Series([1.0, 2.0], index=[2018, 2019]), "b": pd.Series([2.0, 1.0], index=[2018, 2019])}
    ax = plotting.line_chart(lines, title="T", unit="u", source="Source: S", as_of="2019")
    assert ax.get_legend() is None
    [legend] = ax.figure.legends
    texts = [t.get_text() for t in legend.get_texts()]
    assert texts[0].replace("\n", " ") == long and "\n" in texts[0]
