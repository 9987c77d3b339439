"""Integer arithmetic for the sentence-embedding model, derived locally from the installed one.

The bundled MiniLM stores its weights as int8 but multiplies in float: each weight goes through
``Cast`` and ``Mul`` (by a per-column scale) before its ``MatMul``, and ONNX Runtime folds that
into a float matrix at load time. This module rewrites each such ``MatMul`` to quantise its input
to 8 bits and multiply in integers, scaling back to float in the same kernel (``QuantizeLinear`` →
ONNX Runtime's ``MatMulIntegerToFloat``). The stored int8 weights are used exactly as shipped.

The input of each multiplication is quantised with a fixed range, measured once by running the
float model over the question bank's texts (``calibrate``) and shipped in
``analysis/data/activation_ranges.json``. Fixed ranges keep a sentence's vector independent of
the other sentences in its batch (ranges measured per batch would not). On a 2-core AVX2
machine embedding is 1.25–1.5× faster, with a cosine of about 0.99 to the float result
(``benchmarks/speed.py`` prints both).

The rewritten model is written once to the cache folder, keyed by the source file, the ranges and
the version of ONNX Runtime, so later starts load it directly; when the folder is not writable it
is kept in memory. What is cached is the graph as ONNX Runtime optimises it (``ORT_ENABLE_EXTENDED``:
constants folded, attention and layer norms fused, nothing tied to this processor), so a start
does not optimise it again: building the session took 140-160 ms of processor time, 65-80 ms from
the optimised copy, with the same vectors to the last bit. Another model
(``POISE_EMBEDDING_MODEL_DIR``) has no shipped ranges and runs as it is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from onnx import ModelProto, NodeProto, TensorProto

log = logging.getLogger(__name__)

RANGES_NAME = "activation_ranges.json"
# Bump when the rewrite changes, so cached models from an older rewrite are not reused.
REWRITE_VERSION = 4
MICROSOFT = "com.microsoft"  # ONNX Runtime's own operators

Range = tuple[float, float]


def model_identity(source: Path) -> list[Any]:
    """What ties shipped ranges to a model file: its name and size."""
    return [source.name, source.stat().st_size]


def ranges_path() -> Path:
    """Where the shipped activation ranges live."""
    return Path(str(resources.files("poise.analysis"))) / "data" / RANGES_NAME


def shipped_ranges(source: Path, path: Path | None = None) -> list[Range] | None:
    """The shipped ranges when they were measured on ``source``, else None."""
    target = path or ranges_path()
    if not target.exists():
        return None
    data = json.loads(target.read_text(encoding="utf-8"))
    if data.get("model") != model_identity(source):
        return None
    return [(float(low), float(high)) for low, high in data["ranges"]]


def write_ranges(source: Path, ranges: list[Range], texts: int, path: Path | None = None) -> Path:
    """Save measured ranges for ``source`` (``poise content docs`` does this)."""
    target = path or ranges_path()
    rows = ",\n  ".join(json.dumps([round(low, 6), round(high, 6)]) for low, high in ranges)
    target.write_text(
        f'{{"model": {json.dumps(model_identity(source))},\n "calibration_texts": {texts},\n'
        f' "ranges": [\n  {rows}\n ]}}\n',
        encoding="utf-8",
    )
    return target


def int8_matmuls(model: ModelProto) -> list[tuple[NodeProto, str, str]]:
    """Each MatMul whose weight is ``Mul(Cast(int8 initializer), scale)``, with the int8
    weight's and the scale's names, in graph order."""
    graph = model.graph
    initializers = {item.name: item for item in graph.initializer}
    producer = {output: node for node in graph.node for output in node.output}
    found = []
    for node in graph.node:
        weight = _int8_weight(node, producer, initializers)
        if weight is not None:
            found.append((node, *weight))
    return found


def _int8_weight(
    node: NodeProto, producer: dict[str, NodeProto], initializers: dict[str, TensorProto]
) -> tuple[str, str] | None:
    from onnx import TensorProto

    if node.op_type != "MatMul" or len(node.input) != 2:
        return None
    scaling = producer.get(node.input[1])
    if scaling is None or scaling.op_type != "Mul":
        return None
    cast = producer.get(scaling.input[0])
    scale = scaling.input[1]
    if cast is None or cast.op_type != "Cast" or scale not in initializers:
        return None
    weight = initializers.get(cast.input[0])
    if weight is None or weight.data_type != TensorProto.INT8 or len(weight.dims) != 2:
        return None
    if int(np.prod(initializers[scale].dims)) not in (1, int(weight.dims[1])):
        return None
    return weight.name, scale


def calibrate(model: ModelProto, token_ids: Iterable[list[int]]) -> list[Range]:
    """The (min, max) of each int8 MatMul's input over the given token sequences (one at a time)."""
    import onnxruntime as ort
    from onnx import TensorProto, helper

    probe = type(model)()
    probe.CopyFrom(model)
    targets = int8_matmuls(probe)
    for node, _, _ in targets:
        probe.graph.output.append(helper.make_tensor_value_info(node.input[0], TensorProto.FLOAT, None))
    session = ort.InferenceSession(probe.SerializeToString(), providers=["CPUExecutionProvider"])
    names = {item.name for item in session.get_inputs()}
    low = np.zeros(len(targets))
    high = np.zeros(len(targets))
    for ids in token_ids:
        row = np.array([ids], dtype=np.int64)
        feed = {"input_ids": row, "attention_mask": np.ones_like(row)}
        if "token_type_ids" in names:
            feed["token_type_ids"] = np.zeros_like(row)
        for index, values in enumerate(session.run(None, feed)[1:]):
            low[index] = min(low[index], float(values.min()))
            high[index] = max(high[index], float(values.max()))
    return list(zip(low.tolist(), high.tolist(), strict=True))


def rewrite_int8_matmuls(model: ModelProto, ranges: list[Range]) -> int:
    """Rewrite, in place, every int8 MatMul to multiply in integers, its input quantised to
    uint8 over the given range. Returns how many were rewritten."""
    from onnx import helper, numpy_helper

    graph = model.graph
    targets = int8_matmuls(model)
    if len(targets) != len(ranges):
        raise ValueError(f"{len(ranges)} ranges for {len(targets)} int8 MatMuls: measure them again.")
    scales = {item.name: numpy_helper.to_array(item) for item in graph.initializer}
    replacement: dict[str, list[NodeProto]] = {}
    for number, ((node, weight, scale), (low, high)) in enumerate(zip(targets, ranges, strict=True)):
        step = max(high - low, 1e-6) / 255.0
        zero = int(np.clip(round(-low / step), 0, 255))
        prefix = f"poise_int{number}"
        graph.initializer.extend([
            numpy_helper.from_array(np.array(step, dtype=np.float32), f"{prefix}_step"),
            numpy_helper.from_array(np.array(zero, dtype=np.uint8), f"{prefix}_zero"),
            numpy_helper.from_array(scales[scale].astype(np.float32).reshape(-1), f"{prefix}_scale"),
        ])
        inputs = [f"{prefix}_x", weight, f"{prefix}_step", f"{prefix}_scale", f"{prefix}_zero"]
        replacement[node.output[0]] = [  # outputs are unique; node names may be empty
            helper.make_node("QuantizeLinear", [node.input[0], f"{prefix}_step", f"{prefix}_zero"],
                             [f"{prefix}_x"]),
            # ONNX Runtime's fused kernel: integer product, scaled back to float in one pass.
            helper.make_node("MatMulIntegerToFloat", inputs, list(node.output), domain=MICROSOFT),
        ]
    if replacement and not any(item.domain == MICROSOFT for item in model.opset_import):
        model.opset_import.append(helper.make_opsetid(MICROSOFT, 1))
    nodes = [new for node in graph.node for new in replacement.get(node.output[0], [node])]
    del graph.node[:]
    graph.node.extend(_without_unused(nodes, {output.name for output in graph.output}))
    read = {name for node in graph.node for name in node.input}
    unused = [item for item in graph.initializer if item.name not in read]
    for item in unused:  # the float scales the rewrite folded into its own
        graph.initializer.remove(item)
    return len(targets)


def _without_unused(nodes: list[NodeProto], outputs: set[str]) -> list[NodeProto]:
    """Drop nodes whose outputs nothing reads (the Cast and Mul that dequantised weights)."""
    needed = set(outputs)
    kept = []
    for node in reversed(nodes):
        if any(output in needed for output in node.output):
            kept.append(node)
            needed.update(node.input)
    kept.reverse()
    return kept


def integer_model(
    source: Path, cache_dir: Path, ranges: Callable[[Path], list[Range] | None] = shipped_ranges
) -> Path | bytes:
    """The integer variant of ``source``: a cached file, or bytes when it cannot be cached; or
    ``source`` itself when no ranges were measured for it or it has no int8 weights."""
    measured = ranges(source)
    if not measured:
        return source
    import onnxruntime

    stat = source.stat()
    key = hashlib.sha256(
        json.dumps([str(source.resolve()), stat.st_size, stat.st_mtime_ns, REWRITE_VERSION,
                    measured, onnxruntime.__version__]).encode()
    ).hexdigest()[:16]
    cached = cache_dir / f"embedding-int8-{key}.onnx"
    if cached.exists():
        return cached
    import onnx

    model = onnx.load(str(source))
    try:
        rewrite_int8_matmuls(model, measured)
    except ValueError as exc:
        log.warning("Embeddings run in float: %s", exc)
        return source
    data = model.SerializeToString()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache_dir, suffix=".part", delete=False) as handle:
            handle.write(data)
        _optimise_in_place(Path(handle.name))
        os.replace(handle.name, cached)  # atomic: a concurrent process sees all or nothing
        for stale in cache_dir.glob("embedding-int8-*.onnx"):
            if stale != cached:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.info("Could not cache the integer embedding model in %s (%s); keeping it in memory.",
                 cache_dir, exc)
        return data
    return cached


def _optimise_in_place(path: Path) -> None:
    """Replace the model at ``path`` by the graph ONNX Runtime optimises it into, at the level
    whose result runs on any processor; left as it is when ONNX Runtime cannot optimise it (the
    session that loads it then optimises it in memory, as before)."""
    import onnxruntime as ort

    optimised = path.with_name(f"{path.name}.optimised")
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(optimised)
    try:
        ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        os.replace(optimised, path)
    except Exception as exc:  # ONNX Runtime raises its own types; the unoptimised model still works
        log.info("The embedding model could not be optimised ahead of time (%s).", exc)
    finally:
        optimised.unlink(missing_ok=True)
