"""The reader-facing layer: one table format, pledge cards, verdict tables, scorecard counts and the explorer."""

import math

import pandas as pd
import pytest

from analysis import data, pledges, present
from analysis.feasibility import IMPLEMENTATION_SCALE
from analysis.present import NNBSP, Link


@pytest.fixture(scope="module")
def catalogue():
    return pledges.load_pledges()


# --- reader_table ------------------------------------------------------------------------------------------------


def test_reader_table_formats_numbers_years_probabilities_and_gaps():
    frame = pd.DataFrame(
        {"year": [2020, 2021], "dwellings": [1725.0, math.nan], "p": [0.456, 1.0], "share": [12.4, 80.0]}
    )
    table = present.reader_table(
        frame, columns={"year": "Year", "dwellings": "Completions (dwellings)", "p": "Chance", "share": "Share"},
        formats={"p": "prob", "share": "pct"},
    )
    html = table.data
    assert ">2020<" in html and "2,020" not in html
    assert ">1,725<" in html
    assert f">46{NNBSP}%<" in html and f">100{NNBSP}%<" in html and f">12{NNBSP}%<" in html
    assert "nan" not in html.lower()
    assert 'title="no published figure"' in html and "–" in html
    assert html.count('data-label="Completions (dwellings)"') == 2
    assert "<th scope=\"col\">Chance</th>" in html
    # plain text: the same values, no markup, stable
    assert table.text.splitlines()[0].split() == ["Year", "Completions", "(dwellings)", "Chance", "Share"]
    assert repr(table) == table.text and "<" not in table.text


def test_reader_table_escapes_text_links_urls_by_host_and_ties_units():
    frame = pd.DataFrame({"note": ["a < b & c: 51.97 % of 2 km"], "url": ["https://www.dortmund.de/x?a=1&b=2"],
                          "card": [Link("ch02-p01", "#ch02-p01")]})
    html = present.reader_table(frame, link_columns=["url"]).data
    assert "a &lt; b &amp; c" in html
    assert f"51.97{NNBSP}%" in html and f"2{NNBSP}km" in html
    assert '<a href="https://www.dortmund.de/x?a=1&amp;b=2">dortmund.de</a>' in html
    assert '<a href="#ch02-p01">ch02-p01</a>' in html


def test_reader_table_shows_no_python_reprs():
    frame = pd.DataFrame({"flag": [True], "items": [["a", "b"]], "n": [pd.NA], "when": [None]})
    html = present.reader_table(frame).data
    for repr_text in ("True", "['a'", "<NA>", "None", "nan"):
        assert repr_text not in html
    assert ">yes<" in html and ">a, b<" in html


def test_reader_table_index_becomes_row_headers():
    frame = pd.DataFrame({"v": [1]}, index=pd.Index(["x"], name="pledge"))
    html = present.reader_table(frame, index=True).data
    assert '<th scope="row" data-label="pledge">x</th>' in html


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"columns": {"nope": "x"}}, KeyError, "no column"),
        ({"formats": {"v": "weird"}}, ValueError, "unknown format 'weird'"),
        ({"formats": {"v": "prob"}}, ValueError, "not between 0 and 1"),
        ({"link_columns": ["v"]}, ValueError, "is not a web address"),
    ],
)
def test_reader_table_refuses_bad_requests(kwargs, error, message):
    with pytest.raises(error, match=message):
        present.reader_table(pd.DataFrame({"v": [5]}), **kwargs)


def test_format_date_and_host():
    assert present.format_date("2020-09-27") == "27 Sep 2020"
    assert present.format_date("2024") == "2024"
    assert present.format_date("2020-09") == "Sep 2020"
    with pytest.raises(ValueError, match="not YYYY, YYYY-MM or YYYY-MM-DD"):
        present.format_date("09/2020")
    assert present.host("https://www.waz.de/a") == "waz.de"
    assert present.with_unit(2121, "dwellings") == f"2,121{NNBSP}dwellings"


def test_analysts_block_is_collapsed_and_labelled():
    block = present.analysts("backtest scores <by model>", pd.DataFrame({"MAE": [12.5]}))
    assert block.data.startswith('<details class="analysts"><summary>For analysts: backtest scores &lt;by model&gt;')
    assert "reader-table" in block.data and block.data.endswith("</details>")
    assert " open" not in block.data
    with pytest.raises(ValueError, match="one-line reading"):
        present.analysts("  ")


# --- pledge cards and verdict tables --------------------------------------------------------------------------------


def test_pledge_card_has_anchor_searchable_id_quote_gloss_badges_and_evidence(catalogue):
    card = present.pledge_card("ch02-p01", catalogue)
    md = card.markdown
    assert md.startswith('<div class="pledge-card" id="ch02-p01">')
    assert "\n**Pledge ch02-p01**" in md  # plain Markdown text: the book's search indexes it
    assert "> „Wir wissen bereits heute" in md and "(English gloss)" in md
    assert f"target: 2,000{NNBSP}dwellings per year by 2025" in md
    for axis in ("Implementation:", "Outcome:", "Feasible in 2020:", "Robustness:"):
        assert f'<span class="rating-axis">{axis}</span>' in md
    assert "Evidence: [dortmund.de](https://www.dortmund.de/" in md and "), 2024." in md
    assert 'href="method.html#how-we-rate">How we rate</a>' in md
    assert "nan" not in md.lower()
    assert card._repr_markdown_() == md and repr(card).startswith("Pledge ch02-p01")


def test_pledge_card_reasons_fall_back_or_take_overrides(catalogue):
    row = pledges.pledge("ch02-p01", catalogue)
    assert row["outcome_note"].startswith("Completions averaged 1,722 a year")
    assert "Completions averaged 1,722 a year" in present.pledge_card("ch02-p01", catalogue).markdown
    blank = catalogue.copy()
    blank.loc[blank["pledge_id"] == "ch02-p01", "outcome_note"] = ""
    default = present.pledge_card("ch02-p01", blank).markdown
    assert "The evidence is set out in this chapter." in default
    custom = present.pledge_card("ch02-p01", catalogue, outcome_reason="Short of 2,000 in 4 of 5 years",
                                 feasibility_reason="No forecast", extra="*More.*").markdown
    assert "Short of 2,000 in 4 of 5 years." in custom and "No forecast." in custom and "*More.*" in custom


def test_pledge_card_of_a_claim_has_one_claim_badge(catalogue):
    claim = catalogue[catalogue["kind"] == "claim"].iloc[0]
    md = present.pledge_card(claim["pledge_id"], catalogue).markdown
    assert f"Claim about the past:</span> {claim['claim_check']}" in md
    assert "Implementation:" not in md and "Outcome:" not in md


def test_pledge_card_robustness_names_the_readings(catalogue):
    changed = catalogue.copy()
    first = changed.index[0]
    changed.loc[first, ["verdict_robustness", "robustness_note"]] = ["depends on reading", "compound vs linear"]
    md = present.pledge_card(changed.loc[first, "pledge_id"], changed).markdown
    assert "depends on reading</span> compound vs linear." in md


def test_pledge_card_refuses_unknown_pledge(catalogue):
    with pytest.raises(KeyError, match="ch12-p99"):
        present.pledge_card("ch12-p99", catalogue)


def test_verdict_table_links_each_row_to_its_card(catalogue):
    table = present.verdict_table(2, catalogue)
    n = int((catalogue["chapter"] == 2).sum())
    assert table.data.count('<a href="#ch02-p') == n
    assert "Feasible in 2020" in table.data and "Dated evidence" in table.data
    assert "dortmund.de, 2024" in table.data
    without = catalogue[catalogue["chapter"] != 11]
    with pytest.raises(KeyError, match="no pledge of chapter 11"):
        present.verdict_table(11, without)


def test_old_as_html_renders_through_the_reader_format(catalogue):
    html = pledges.as_html(pledges.verdict_table(2, catalogue)).data
    assert 'class="reader-table"' in html and "nan" not in html.lower()
    new = present.verdict_table(2, catalogue)
    assert pledges.as_html(new) is new


# --- scorecard, explorer, dates ------------------------------------------------------------------------------------


def test_headline_counts_add_up(catalogue):
    counts = present.headline(catalogue)
    promises = int((catalogue["kind"] == "promise").sum())
    assert counts["n_promises"] == promises and counts["n_claims"] == len(catalogue) - promises
    assert sum(counts[f"n_{s.replace(' ', '_')}"] for s in IMPLEMENTATION_SCALE) == promises
    assert counts["n_measurable"] == int(
        ((catalogue["kind"] == "promise") & (catalogue["outcome"] != "not assessable")).sum()
    )


def test_ratings_by_chapter_is_tidy_and_complete(catalogue):
    tidy = present.ratings_by_chapter(catalogue)
    assert list(tidy.columns) == ["chapter", "chapter_title", "axis", "rating", "count"]
    for axis in ("implementation", "outcome", "feasibility"):
        assert tidy.loc[tidy["axis"] == axis, "count"].sum() == int((catalogue["kind"] == "promise").sum())
    assert list(tidy["chapter"]) == sorted(tidy["chapter"])


def test_ratings_chart_draws_one_bar_per_chapter_and_rating(catalogue):
    import matplotlib

    matplotlib.use("Agg")
    tidy = present.ratings_by_chapter(catalogue)
    ax = present.ratings_chart(tidy, "implementation", as_of="2026")
    assert len(ax.patches) == tidy["chapter"].nunique() * len(IMPLEMENTATION_SCALE)
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "ch. 1"
    counts = present.headline(catalogue)
    assert ax.get_title(loc="left").startswith(f"{counts['n_kept']} of {counts['n_promises']} promises were kept")
    assert int(ax.ratings_data["promises"].sum()) == counts["n_promises"]
    outcome = present.ratings_finding(tidy, "outcome")
    assert outcome.startswith(f"Only {counts['n_measurable']} of {counts['n_promises']} promises")
    with pytest.raises(ValueError, match="axis must be one of"):
        present.ratings_chart(tidy, "mood", as_of="2026")


def test_explorer_is_offline_and_links_rows_to_chapter_cards(catalogue):
    out = present.explorer(catalogue)
    assert 'id="pledge-explorer"' in out.data
    for remote in ('src="http', "from 'http", 'from "http', "cdn.datatables", "import('http"):
        assert remote not in out.data, f"the explorer loads {remote}"
    frame = present.explorer_frame(catalogue)
    assert len(frame) == len(catalogue)
    assert frame["Pledge"].iloc[1] == '<a href="ch02_wohnen.html#ch02-p01">ch02-p01</a>'
    assert present.explorer(catalogue).data == out.data  # deterministic
    assert '"searchPanes"' in out.data and "filterable by chapter, implementation, outcome" in out.text


def test_quotes_show_the_programme_subscripts_as_characters(catalogue):
    assert present.plain_quote("den CO<sub>2</sub>-Ausstoß") == "den CO₂-Ausstoß"
    card = present.pledge_card("ch03-p04", catalogue).markdown
    assert "CO₂" in card and "sub&gt;" not in card and "\\<sub" not in card


def test_data_as_of_is_the_newest_publication(catalogue):
    observations = data.load_observations()
    as_of = present.data_as_of(catalogue, observations)
    dates = [d for d in observations["published"] if d] + [d for d in catalogue["status_evidence_date"] if d]
    newest = max(dates, key=lambda d: data.published_range(d)[1])
    assert as_of == present.format_date(newest)
    assert present._latest(["2024", "2024-01-10", "2023-12-31"]) == "2024"
    assert present._latest(["2025-04-01", "2024"]) == "2025-04-01"
    empty = catalogue.assign(status_evidence_date="")
    with pytest.raises(ValueError, match="no publication date"):
        present.data_as_of(empty, observations.assign(published=""))


def test_citation_uses_title_author_and_data_year(tmp_path):
    meta = present.book_metadata()
    line = present.citation(meta["title"], meta["author"], "27 Sep 2026")
    assert line.startswith(f"{meta['author']} (2026). {meta['title']}.")
    assert "http" not in line
    bad = tmp_path / "_config.yml"
    bad.write_text("title: x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="_config.yml: author missing"):
        present.book_metadata(bad)


def test_party_pages_are_marked_on_the_card():
    row = pd.Series({"status_evidence_url": "https://www.spd-dortmund.de/x/", "status_evidence_date": "2021-05-01"})
    assert "a party's own page" in present.evidence(row)
    row = pd.Series({"status_evidence_url": "https://www.dortmund.de/x/", "status_evidence_date": "2021-05-01"})
    assert "party" not in present.evidence(row)
    assert present.is_party_page("https://gruene-do.die-netzmacher.de/a") and not present.is_party_page("https://spd.dex/")


# --- series that stop before the end of the term ------------------------------------------------------------------


def test_series_ends_names_each_series_its_latest_year_and_why():
    ends = pd.DataFrame([
        {"indicator_id": "safety_offences", "geography": "Dortmund", "definition": "pks_city", "chapters": "6, 7",
         "why": "rating", "latest": 2024, "reason": "The 2025 release gives only the change."},
        {"indicator_id": "climate_ghg_by_gas_t", "geography": "Germany", "definition": "uba_glid_co2",
         "chapters": "3", "why": "forecast", "latest": None, "reason": "Used only as an input"},
    ])
    six = present.series_ends(6, ends)
    assert six.text.startswith("One series behind this chapter's ratings or forecasts stops before")
    assert "Recorded offences (PKS)" in six.text
    assert "2024" in six.text and "The 2025 release gives only the change." in six.text
    assert "2,024" not in six.data
    three = present.series_ends(3, ends)
    assert "Greenhouse-gas emissions by gas (national inventory), Germany" in three.text
    assert "no figure on record" in three.data
    assert present.series_ends(12, ends).text == (
        "Every series behind this chapter's ratings and forecasts reaches the last year of the term.")
    # chapter numbers are matched whole: chapter 1 is not chapter 12
    twelve = ends.assign(chapters=["12", "12"])
    assert present.series_ends(1, twelve).text.startswith("Every series")


def test_rating_changes_without_and_with_a_change(catalogue):
    empty = pd.DataFrame(columns=["pledge_id", "rating", "before", "after", "reason"])
    assert "No rating in this chapter moved" in present.rating_changes(2, empty, catalogue).text
    row = catalogue.iloc[0]
    moved = pd.DataFrame([{"pledge_id": row.pledge_id, "rating": "outcome", "before": "x", "after": row.outcome,
                           "reason": "A new figure."}])
    out = present.rating_changes(int(row.chapter), moved, catalogue)
    assert out.text.startswith("1 rating in this chapter moved") and f"#{row.pledge_id}" in out.data


def test_long_tokens_may_wrap_after_slashes_dots_and_underscores():
    frame = pd.DataFrame({"where": ["presseportal.de/blaulicht/pm/4971", "in 47.08 % of cases"],
                          "key": ["unternehmensregister_b_n_p_s", "short_key"]})
    table = present.reader_table(frame)
    assert "presseportal.<wbr>de/<wbr>blaulicht/<wbr>pm/<wbr>4971" in table.data
    assert "unternehmensregister_<wbr>b_<wbr>n_<wbr>p_<wbr>s" in table.data
    assert "47.08" in table.data and "short_key" in table.data  # short tokens are left alone
    assert "<wbr>" not in table.text and "presseportal.de/blaulicht/pm/4971" in table.text


def test_a_column_of_sentences_may_break_anywhere_but_short_columns_keep_their_words():
    frame = pd.DataFrame({"rating": ["ambitious", "not assessable"],
                          "why": ["No later figure was found in the city's releases for the years after 2021, and the agency's annual"
                                  " reviews stop before the last year of the council term.", "–"],
                          "n": [1, 2]})
    html = present.reader_table(frame).data
    assert '<td class="prose" data-label="why">No later figure' in html
    assert '<td data-label="rating">ambitious</td>' in html and '<td class="num" data-label="n">1</td>' in html


def test_what_changed_puts_the_rating_changes_before_the_series_ends(catalogue):
    out = present.what_changed(9, catalogue)
    assert out.text.index("No rating in this chapter moved") < out.text.index("stop before the last year of the term")
    assert "Klinikum Dortmund annual result" in out.text
