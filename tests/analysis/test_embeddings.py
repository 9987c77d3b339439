"""The sentence embedder: integer model derived from the bundled one, batch independence, caching."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from poise.analysis import integer_model, nlp
from poise.analysis.analyse import analyser_for
from poise.analysis.report import Report
from poise.content.loader import knowledge_base

SENTENCES = [
    "I cut late deliveries from 18% to 4% within two quarters.",
    "My team of forty planners rebuilt the weekly forecast with finance.",
    "Honestly, my favourite weekend hobby is restoring old motorbikes in the garage.",
    "We closed the Leeds site and moved its volume to Manchester without losing a customer.",
    "The board approved the budget.",
]


@pytest.fixture(scope="module")
def float_embedder() -> nlp.Embedder:
    model, tokenizer = nlp.model_files()
    return nlp.Embedder(model, tokenizer)


def test_bundled_model_runs_in_integers_with_shipped_ranges() -> None:
    model, _ = nlp.model_files()
    ranges = integer_model.shipped_ranges(model)
    assert ranges is not None, "stale: run `poise content docs`"
    assert len(ranges) == len(integer_model.int8_matmuls(onnx.load(str(model)))) == 36
    assert all(low <= 0.0 <= high and high > low for low, high in ranges)


def test_integer_embeddings_stay_close_to_float(float_embedder: nlp.Embedder) -> None:
    integer = nlp.embedder().embed(SENTENCES)
    exact = float_embedder.embed(SENTENCES)
    cosines = (integer * exact).sum(axis=1)
    assert cosines.min() > 0.97
    # What relevance relies on: the ranking of sentences against a question is kept.
    question = "Tell me about a result you delivered in operations."
    ranked_integer = np.argsort(integer @ nlp.embedder().embed([question])[0])
    ranked_exact = np.argsort(exact @ float_embedder.embed([question])[0])
    assert ranked_integer[0] == ranked_exact[0] == 2  # the motorbike sentence is least related


def test_a_sentence_vector_does_not_depend_on_its_batch() -> None:
    embedder = nlp.embedder()
    together = embedder.embed(SENTENCES)
    alone = np.stack([embedder.embed([sentence])[0] for sentence in SENTENCES])
    np.testing.assert_allclose(together, alone, atol=1e-5)
    reordered = embedder.embed([*reversed(SENTENCES), "A much longer sentence " * 12])
    np.testing.assert_allclose(reordered[:5][::-1], alone, atol=1e-5)


def test_embed_keeps_input_order_and_handles_empty_text() -> None:
    embedder = nlp.embedder()
    vectors = embedder.embed(["", *SENTENCES, ""])
    assert vectors.shape == (len(SENTENCES) + 2, embedder.dimension)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, embedder.dimension)


def test_batch_reports_equal_single_reports() -> None:
    analyser = analyser_for(knowledge_base())
    question = "Tell me about a time you turned around an underperforming team."
    answers = [" ".join(SENTENCES[:4]), "When I took over the night shift, errors were at 6%. " * 3,
               " ".join(reversed(SENTENCES))]
    from poise.analysis import AnalysisContext

    batch = analyser.analyse_many([(question, answer, AnalysisContext()) for answer in answers])
    for answer, report in zip(answers, batch, strict=True):
        assert isinstance(report, Report)
        assert report.to_dict() == analyser.analyse(question, answer, AnalysisContext()).to_dict()


def _tiny_int8_model() -> onnx.ModelProto:
    """y = x @ (Cast(W_int8) * scale): the weight layout of the bundled model, in one MatMul."""
    weight = numpy_helper.from_array(np.array([[1, -2], [3, 4], [-5, 6]], dtype=np.int8), "w")
    scale = numpy_helper.from_array(np.array([[0.5, 0.25]], dtype=np.float32), "scale")
    nodes = [
        helper.make_node("Cast", ["w"], ["w_float"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["w_float", "scale"], ["w_scaled"]),
        helper.make_node("MatMul", ["input_ids_float", "w_scaled"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes, "tiny",
        [helper.make_tensor_value_info("input_ids_float", TensorProto.FLOAT, [None, 3])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 2])],
        initializer=[weight, scale],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def test_rewrite_multiplies_in_integers_with_the_shipped_weights() -> None:
    import onnxruntime as ort

    model = _tiny_int8_model()
    x = np.array([[0.5, -1.0, 2.0], [1.0, 1.0, 1.0]], dtype=np.float32)
    assert integer_model.rewrite_int8_matmuls(model, [(-1.0, 2.0)]) == 1
    ops = [node.op_type for node in model.graph.node]
    assert ops == ["QuantizeLinear", "MatMulIntegerToFloat"]
    assert {item.name for item in model.graph.initializer} >= {"w"}
    assert "scale" not in {item.name for item in model.graph.initializer}
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    got = session.run(None, {"input_ids_float": x})[0]
    expected = x @ (np.array([[1, -2], [3, 4], [-5, 6]], dtype=np.float32) * [0.5, 0.25])
    np.testing.assert_allclose(got, expected, atol=0.05)


def test_rewrite_refuses_ranges_of_another_model() -> None:
    with pytest.raises(ValueError, match="measure them again"):
        integer_model.rewrite_int8_matmuls(_tiny_int8_model(), [(-1.0, 1.0), (-1.0, 1.0)])


def test_integer_model_is_cached_and_falls_back_to_memory(tmp_path: Path) -> None:
    source = tmp_path / "tiny.onnx"
    onnx.save(_tiny_int8_model(), str(source))
    ranges = lambda _: [(-1.0, 2.0)]  # noqa: E731 - a one-line provider

    first = integer_model.integer_model(source, tmp_path / "cache", ranges)
    assert isinstance(first, Path) and first.parent == tmp_path / "cache"
    assert integer_model.integer_model(source, tmp_path / "cache", ranges) == first

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    in_memory = integer_model.integer_model(source, blocked, ranges)
    assert isinstance(in_memory, bytes) and in_memory.startswith(b"\x08")

    assert integer_model.integer_model(source, tmp_path / "cache", lambda _: None) == source


def test_shipped_ranges_belong_to_one_model(tmp_path: Path) -> None:
    model, _ = nlp.model_files()
    path = integer_model.write_ranges(model, [(-1.0, 2.0)], 1, tmp_path / "ranges.json")
    assert integer_model.shipped_ranges(model, path) == [(-1.0, 2.0)]
    other = tmp_path / "other.onnx"
    other.write_bytes(b"not the bundled model")
    assert integer_model.shipped_ranges(other, path) is None


def test_a_damaged_cached_model_is_dropped_and_the_float_model_used(tmp_path: Path) -> None:
    before = nlp.model_config()
    nlp.configure(nlp.ModelConfig(cache_dir=tmp_path))
    model, _ = nlp.model_files()
    cached = integer_model.integer_model(model, tmp_path)
    assert isinstance(cached, Path) and cached.exists()
    cached.write_bytes(b"\x00 half a model, cut off when the disk filled up")
    nlp.embedder.cache_clear()
    try:
        vectors = nlp.embedder().embed(SENTENCES[:2])
        assert vectors.shape == (2, 384)
        assert not cached.exists()  # rebuilt on the next start
    finally:
        nlp.configure(before)
        nlp.embedder.cache_clear()


def test_the_settings_reach_the_models_only_through_the_edge(tmp_path: Path) -> None:
    from poise.services.models import model_config
    from poise.settings import Settings

    settings = Settings(cache_dir=tmp_path / "cache", onnx_threads=1, data_dir=tmp_path)
    config = model_config(settings)
    assert (config.cache_dir, config.onnx_threads) == (tmp_path / "cache", 1)
    assert config.embedding_model_dir is None
    assert model_config(settings, onnx_threads=3).onnx_threads == 3


def test_cached_integer_model_is_optimised_ahead_with_the_same_vectors(tmp_path: Path) -> None:
    model, tokenizer = nlp.model_files()
    cached = integer_model.integer_model(model, tmp_path / "cache")
    assert isinstance(cached, Path)
    rewritten = onnx.load(str(model))
    integer_model.rewrite_int8_matmuls(rewritten, integer_model.shipped_ranges(model) or [])
    optimised = onnx.load(str(cached))
    assert len(optimised.graph.node) < len(rewritten.graph.node)  # fused by ONNX Runtime already
    assert not list((tmp_path / "cache").glob("*.part*"))
    ahead = nlp.Embedder(cached, tokenizer).embed(SENTENCES)
    at_load = nlp.Embedder(rewritten.SerializeToString(), tokenizer).embed(SENTENCES)
    np.testing.assert_array_equal(ahead, at_load)
