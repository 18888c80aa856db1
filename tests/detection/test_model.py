"""The linear model artifact: save/load round trip, validation, features, corpus mapping."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from rempart.detection.categories import ALL_HEADS, CATEGORIES, TOXICITY
from rempart.detection.corpora import load_authored, load_shared
from rempart.detection.features import DENSE_FEATURES, FeatureConfig, Featurizer, dense_cues
from rempart.detection.model import LinearModel, ModelLoadError, default_model
from rempart.detection.training import dev_mask

SMALL = FeatureConfig(char_bits=10, word_bits=9)


def _random_model(seed: int = 1) -> LinearModel:
    rng = np.random.default_rng(seed)
    n = len(ALL_HEADS)
    return LinearModel(
        config=SMALL,
        heads=ALL_HEADS,
        weights=rng.normal(size=(SMALL.n_features, n)).astype(np.float32),
        bias=rng.normal(size=n).astype(np.float32),
        platt_a=np.ones(n, dtype=np.float32),
        platt_b=np.zeros(n, dtype=np.float32),
        metadata={"version": "test"},
    )


def test_save_load_round_trip(tmp_path: Path) -> None:
    model = _random_model()
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = LinearModel.load(path)
    assert loaded.heads == model.heads
    assert loaded.config == model.config
    assert loaded.version == "test"
    x = Featurizer(SMALL).transform(["t'es nul", "bonjour"], [{}, {"insult": 0.8}])
    np.testing.assert_allclose(loaded.predict_proba(x), model.predict_proba(x), atol=2e-2)


def test_probabilities_are_in_unit_interval() -> None:
    x = sp.random(5, SMALL.n_features, density=0.01, format="csr", dtype=np.float32, rng=0)
    p = _random_model().predict_proba(x)
    assert p.shape == (5, len(ALL_HEADS))
    assert ((p >= 0) & (p <= 1)).all()


def test_wrong_shapes_are_refused() -> None:
    model = _random_model()
    with pytest.raises(ModelLoadError):
        LinearModel(SMALL, ALL_HEADS, model.weights[:-1], model.bias, model.platt_a,
                    model.platt_b, {})  # fmt: skip


def test_corrupt_artifact_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.npz"
    path.write_bytes(b"not a numpy archive")
    with pytest.raises(ModelLoadError):
        LinearModel.load(path)


def test_packaged_model_loads_with_every_head() -> None:
    model = default_model()
    assert set(model.heads) == set(ALL_HEADS)
    assert model.version != "unversioned"


def test_dense_cues_see_address_counter_speech_and_help() -> None:
    idx = {name: i for i, name in enumerate(DENSE_FEATURES)}
    cues = dense_cues("laissez la tranquille c'est du harcelement", {})
    assert cues[idx["counter_speech"]] == 1.0
    cues = dense_cues("quelqu'un m'a ecrit de me tuer, qu'est-ce que je dois faire ?", {})
    assert cues[idx["help_seeking"]] == 1.0
    cues = dense_cues("t'es qu'une grosse merde", {"insult": 0.9})
    assert cues[idx["second_person"]] == 1.0
    assert cues[idx["lex_insult"]] == pytest.approx(0.9)
    assert cues[idx["lex_x_second"]] == pytest.approx(0.9)


def test_dev_split_is_seeded_and_keeps_duplicates_together() -> None:
    texts = [f"comment {i}" for i in range(2000)] + ["Same Text", "same text "]
    a = dev_mask(texts, seed=0, fraction=0.2)
    assert (a == dev_mask(texts, seed=0, fraction=0.2)).all()
    assert not (a == dev_mask(texts, seed=1, fraction=0.2)).all()
    assert 0.15 < a[:2000].mean() < 0.25
    assert a[-1] == a[-2]


def test_authored_labels_map_to_every_head(tmp_path: Path) -> None:
    path = tmp_path / "topic.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "lang", "labels", "kind", "register"])
        w.writerow(["sale grosse vache", "fr", "insult body_shaming", "attack", "teen"])
        w.writerow(["quelle belle vache normande", "fr", "", "hard_negative", "adult"])
    (corpus,) = load_authored(tmp_path)
    head = {h: i for i, h in enumerate(ALL_HEADS)}
    assert corpus.labels[0, head["insult"]] == 1 and corpus.labels[0, head["body_shaming"]] == 1
    assert corpus.labels[0, head["threat"]] == 0 and corpus.labels[0, head[TOXICITY]] == 1
    assert not corpus.labels[1].any()


def test_authored_unknown_label_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("text,lang,labels,kind,register\nhi,en,rude,attack,teen\n")
    with pytest.raises(ValueError, match="rude"):
        load_authored(tmp_path)


def test_shared_toxic_only_corpus_leaves_categories_unknown_for_toxic_rows(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "hateday-fr"
    folder.mkdir()
    (folder / "HateDay-french.csv").write_text(
        "tweet_id,content,label\n1,t'es nul,1\n2,bonne journée,0\n", encoding="utf-8"
    )
    (corpus,) = load_shared(tmp_path)
    insult = CATEGORIES.index("insult")
    assert np.isnan(corpus.labels[0, insult]) and corpus.labels[0, -1] == 1
    assert corpus.labels[1, insult] == 0 and corpus.labels[1, -1] == 0
